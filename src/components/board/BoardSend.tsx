/**
 * "Send to the board", on a lesson page opened from a cohort board's link (`#board=<id>.<key>`):
 * shows exactly what would leave this device (this lesson's answers, block by block, never a
 * private block), lets the participant leave any block out and sign with a name or stay
 * anonymous (the default), then seals it to the board's key and offers the ways to send
 * (SendPanel). Woken only on a board's link, when it comes near the screen or is reached for (client:near).
 */
import { useStore } from '@nanostores/react';
import { useEffect, useState } from 'react';
import type { Block } from '../../blocks/types';
import { viewAnswer } from '../../blocks/answer-view';
import { readBoardHash, MAX_NAME_CHARS, type BoardPayload } from '../../lib/board/payload';
import type { CatalogueLesson } from '../../lib/catalogue';
import { url } from '../../lib/paths';
import { seal } from '../../lib/transport/envelope';
import { $answers, flushAnswers } from '../../stores/answers';
import { senderIdFor } from '../../stores/board';
import SendPanel from '../transport/SendPanel';
import { AnswerViews } from '../workbook/AnswerViews';
import { CATALOGUE_FAILED, loadCatalogue } from '../../lib/load-catalogue';

/** The payload as sent: the time and this device's sender id for the board, so a later send replaces it. */
function stamp(content: Pick<BoardPayload, 'activity' | 'answers' | 'name'>, boardId: string): BoardPayload {
  return { ...content, sentAt: Date.now(), sender: senderIdFor(boardId) };
}

export default function BoardSend({ lessonKey }: { lessonKey: string }) {
  const answers = useStore($answers);
  const [lesson, setLesson] = useState<CatalogueLesson | 'failed'>();
  const [left, setLeft] = useState<string[]>([]);
  const [signed, setSigned] = useState(false);
  const [name, setName] = useState('');
  // The sealed answers and what they were sealed from: shown only while that still holds.
  const [prepared, setPrepared] = useState<{ envelope: string; basis: string }>();
  const [problem, setProblem] = useState('');
  const [started, setStarted] = useState(false);
  const [board, setBoard] = useState<ReturnType<typeof readBoardHash>>();

  useEffect(() => {
    // A link within the page (the lab's steps) replaces the fragment: keep the board it named.
    const read = () => setBoard((known) => readBoardHash(location.hash) ?? known);
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);
  useEffect(() => {
    if (!started) return;
    flushAnswers();
    loadCatalogue().then(
      (all) => setLesson(all.find((l) => l.key === lessonKey) ?? 'failed'),
      () => setLesson('failed'),
    );
  }, [started, lessonKey]);

  // As served, and until used: one button (client:near presses it again once awake).
  if (!started)
    return (
      <button type="button" className="primary" onClick={() => setStarted(true)}>
        Send to the board
      </button>
    );
  if (!board) return <p className="notice">Open the board’s link (scan the code on the facilitator’s screen) to send your answers to it.</p>;
  if (lesson === 'failed') return <p className="notice error">{CATALOGUE_FAILED}</p>;
  if (!lesson) return <p>Loading your answers…</p>;

  const sendable = lesson.blocks
    .filter((b: Block) => !b.private)
    .map((b) => ({ block: b, key: `${lesson.key}/${b.id}`, views: viewAnswer(b, answers[`${lesson.key}/${b.id}`]) }))
    .filter((x) => x.views.length > 0);
  const chosen = sendable.filter((x) => !left.includes(x.key));
  const privateCount = lesson.blocks.filter((b) => b.private).length;

  const content = {
    activity: lesson.key,
    answers: Object.fromEntries(chosen.map((x) => [x.key, answers[x.key]!.v])),
    ...(signed ? { name: name.trim() } : {}),
  };
  // Once an answer, a choice or the name changes, what was sealed no longer matches.
  const basis = JSON.stringify(content);
  const envelope = prepared?.basis === basis ? prepared.envelope : undefined;

  const prepare = async () => {
    setProblem('');
    if (!chosen.length) return setProblem('Choose at least one answer to send.');
    if (signed && !name.trim()) return setProblem('Type your name, or choose to stay anonymous.');
    try {
      setPrepared({ envelope: await seal(stamp(content, board.id), { kind: 'board', channel: board.id, publicKey: board.publicKey }), basis });
    } catch {
      setProblem('Your answers could not be locked on this device. Reload the page and try again; your answers are saved.');
    }
  };

  return (
    <div className="board-send" data-board-send-ready>
      {sendable.length === 0 ? (
        <p>You have not answered anything on this page yet. Your answers will show here, and you choose which to send.</p>
      ) : (
        <fieldset>
          <legend>What will leave this device</legend>
          <p className="field-help">
            Only the answers ticked here, locked so that only the facilitator’s board can open them.
            {privateCount > 0 && ' Blocks marked private are never sent.'}
          </p>
          <ul className="board-send-list">
            {sendable.map((x) => (
              <li key={x.key}>
                <input
                  type="checkbox"
                  id={`send-${x.block.id}`}
                  checked={!left.includes(x.key)}
                  onChange={(e) => setLeft(e.target.checked ? left.filter((k) => k !== x.key) : [...left, x.key])}
                />
                <label htmlFor={`send-${x.block.id}`}>Send: {x.block.label}</label>
                <AnswerViews views={x.views} />
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <fieldset>
        <legend>Your name on the board</legend>
        <input type="radio" name="board-sign" id="board-anonymous" checked={!signed} onChange={() => setSigned(false)} />
        <label htmlFor="board-anonymous">Stay anonymous</label>
        <br />
        <input type="radio" name="board-sign" id="board-signed" checked={signed} onChange={() => setSigned(true)} />
        <label htmlFor="board-signed">Sign with my name</label>
        {signed && (
          <p>
            <label htmlFor="board-name">Name shown with your answers</label>
            <br />
            <input id="board-name" value={name} maxLength={MAX_NAME_CHARS} onChange={(e) => setName(e.target.value)} autoComplete="name" />
          </p>
        )}
      </fieldset>
      {sendable.length > 0 && (
        <button type="button" className="primary" onClick={() => void prepare()}>
          Prepare {chosen.length} {chosen.length === 1 ? 'answer' : 'answers'} to send
        </button>
      )}
      {problem && (
        <p className="notice error" role="alert">
          {problem}
        </p>
      )}
      {envelope && (
        <SendPanel
          envelope={envelope}
          fileName={`board-${lesson.key.split('/')[1]}`}
          collectUrl={new URL(url('/facilitate/board/'), location.href).href}
          subject={`My answers to ${lesson.label}`}
          recipient="the facilitator’s board"
        />
      )}
    </div>
  );
}
