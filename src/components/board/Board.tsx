/**
 * The cohort board (/facilitate/board/): open a board for a lesson, show its code and link for
 * participants, collect their sealed answers (the transport's CollectPanel), and show each
 * block as the cohort answered it (the block registry's cohort views, src/blocks/compare.tsx),
 * large enough to read from the back of a room. Everything is kept in this browser only.
 */
import { useStore } from '@nanostores/react';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LearnerAnswer } from '../../blocks/compare';
import { readValue } from '../../blocks/answers';
import { boardLink, checkPayload, type StoredBoard, type StoredBoardAnswer } from '../../lib/board/payload';
import type { CatalogueLesson } from '../../lib/catalogue';
import { createRecipientKeys } from '../../lib/transport/keys';
import { valueModules } from '../../blocks/values';
import {
  $boardAnswers,
  $boardMeta,
  $boards,
  $boardViews,
  answersOf,
  clearBoard,
  keepBoardAnswer,
  saveBoard,
  setBlockView,
  setHideNames,
  showBoard,
  undoClearBoard,
  type Cleared,
} from '../../stores/board';
import { QrCode } from '../providers/QrCode';
import type { Verdict, Via } from '../transport/CollectPanel';
import { useHydrated } from '../worksheet/useAnswer';
import { CATALOGUE_FAILED, loadCatalogue } from '../../lib/load-catalogue';

// The collect screen and the cohort views are chunks of their own, fetched once a board is on
// screen, so the page itself stays within the script budget.
const CollectPanel = lazy(() => import('../transport/CollectPanel'));
const CohortView = lazy(() => import('../../blocks/compare').then((m) => ({ default: m.CohortView })));

/** Lessons with at least one block a participant could send. */
const sendableBlocks = (lesson: CatalogueLesson) => lesson.blocks.filter((b) => !b.private);

function newBoardId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('');
}

/**
 * The kept answers, repainted at most every quarter second: a flood of answers (hundreds pasted
 * at once) is opened one by one, and drawing every view after each one would keep the page busy.
 */
function useThrottledAnswers(): Record<string, StoredBoardAnswer | undefined> {
  const [all, setAll] = useState(() => $boardAnswers.get());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unbind = $boardAnswers.listen(() => {
      timer ??= setTimeout(() => {
        timer = undefined;
        setAll($boardAnswers.get());
      }, 250);
    });
    return () => {
      unbind();
      clearTimeout(timer);
    };
  }, []);
  return all;
}

export default function Board() {
  const hydrated = useHydrated();
  const boards = useStore($boards);
  const meta = useStore($boardMeta);
  const all = useThrottledAnswers();
  const [catalogue, setCatalogue] = useState<CatalogueLesson[] | 'failed'>();
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  // Opening a board closes the panel its button is in: the board's title takes the focus then.
  const focusTitle = useRef(false);
  const takeFocus = useCallback(() => {
    const wanted = focusTitle.current;
    focusTitle.current = false;
    return wanted;
  }, []);

  const open = async (lessonKey: string, fresh: boolean, list = catalogue) => {
    const lesson = Array.isArray(list) ? list.find((l) => l.key === lessonKey) : undefined;
    if (!lesson) return setProblem('That lesson is not in this course.');
    focusTitle.current = true;
    const existing = Object.values($boards.get())
      .filter((b): b is StoredBoard => b?.activity === lessonKey)
      .sort((a, b) => b.createdAt - a.createdAt)[0];
    if (existing && !fresh) return showBoard(existing.id);
    setBusy(true);
    try {
      const keys = await createRecipientKeys();
      saveBoard({ v: 1, id: newBoardId(), activity: lesson.key, title: `${lesson.label}: ${lesson.title}`, ...keys, createdAt: Date.now() });
    } catch {
      setProblem('A key for the board could not be made in this browser. Reload the page and try again.');
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    loadCatalogue().then(
      (list) => {
        setCatalogue(list);
        // A guide, the presenter view or a session plan links here with `#activity=<kind>/<id>`:
        // that lesson's newest board, or a new one.
        const m = /(?:^#|&)activity=([a-z]+\/[a-z0-9-]+)/.exec(location.hash);
        if (m) {
          history.replaceState(history.state, '', location.pathname + location.search);
          void open(m[1]!, false, list);
        }
      },
      () => setCatalogue('failed'),
    );
    // Once, as the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (!hydrated || !catalogue) return <p>Loading the boards kept in this browser…</p>;
  if (catalogue === 'failed') return <p className="notice error">{CATALOGUE_FAILED}</p>;
  const board = meta['current'] ? boards[meta['current']] : undefined;
  const lessons = catalogue
    .filter((l) => sendableBlocks(l).length > 0 && l.key.startsWith('activity/'))
    .concat(catalogue.filter((l) => sendableBlocks(l).length > 0 && !l.key.startsWith('activity/')));
  const saved = Object.values(boards)
    .filter((b): b is StoredBoard => b !== undefined)
    .sort((a, b) => b.createdAt - a.createdAt);

  return (
    <div className="board-page">
      <details className="board-open no-print" open={!board}>
        <summary>Open a board</summary>
        <p>
          <label htmlFor="board-lesson">Lesson</label>
          <br />
          <select id="board-lesson" value={chosen} onChange={(e) => setChosen(e.target.value)} className="input-wide">
            <option value="">Choose an activity or lesson</option>
            {lessons.map((l) => (
              <option key={l.key} value={l.key}>
                {l.label}: {l.title}
              </option>
            ))}
          </select>{' '}
          <button type="button" className="primary" disabled={!chosen || busy} onClick={() => void open(chosen, true)}>
            Open a new board
          </button>
        </p>
        {saved.length > 0 && (
          <>
            <h2>Boards in this browser</h2>
            <ul>
              {saved.map((b) => (
                <li key={b.id}>
                  <button
                    type="button"
                    aria-current={b.id === board?.id || undefined}
                    onClick={() => {
                      focusTitle.current = true;
                      showBoard(b.id);
                    }}
                  >
                    {b.title}
                  </button>{' '}
                  <span className="muted">
                    opened {new Date(b.createdAt).toLocaleString()}, {answersOf(b.id, all).length} answers
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        {problem && (
          <p className="notice error" role="alert">
            {problem}
          </p>
        )}
      </details>
      {board && <BoardView key={board.id} board={board} lesson={catalogue.find((l) => l.key === board.activity)} all={all} takeFocus={takeFocus} />}
    </div>
  );
}

function BoardView({
  board,
  lesson,
  all,
  takeFocus,
}: {
  board: StoredBoard;
  lesson: CatalogueLesson | undefined;
  all: Record<string, StoredBoardAnswer | undefined>;
  /** Whether the board was just opened from the panel (once: it answers false after). */
  takeFocus: () => boolean;
}) {
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus()) title.current?.focus();
  }, [takeFocus]);
  const [cleared, setCleared] = useState<Cleared>();
  // What was revealed, hidden and pinned: kept, so a reload (or another tab) shows the same board.
  const view = useStore($boardViews, { keys: [board.id] })[board.id];
  const hideNames = view?.hideNames === true;
  // Once asked for, the summary stays in the page (shown only in print), for printing again.
  const [printing, setPrinting] = useState(false);
  // Answers arriving in a flood repaint the views in the background; the collect list stays live.
  const received = useMemo(() => answersOf(board.id, all), [board.id, all]);
  useEffect(() => {
    if (printing) print();
  }, [printing]);
  // Clear and its undo replace each other: the focus goes to the one now shown, once it can
  // take it (the clear button waits for the answers to come back), unless the user moved on.
  const clearOrUndo = useRef<HTMLButtonElement>(null);
  const [actedOnClear, setActedOnClear] = useState(false);
  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (actedOnClear && lost) clearOrUndo.current?.focus();
  }, [actedOnClear, cleared, received.length]);

  if (!lesson) return <p className="notice error">This board’s lesson ({board.activity}) is no longer in the course.</p>;
  const link = boardLink(new URL(lesson.href, location.href).href, board);
  const blocks = lesson.blocks.filter((b) => !b.private);
  const types = new Map(blocks.map((b) => [`${lesson.key}/${b.id}`, b.type]));

  const onOpened = (payload: unknown, _sealedAt: number, via: Via): Verdict => {
    const checked = checkPayload(payload, board, (key, value) => {
      const type = types.get(key);
      return type ? readValue(valueModules[type], { v: value, at: 0 }) : undefined;
    });
    if (!checked.ok) return { ok: false, message: checked.message };
    const named = checked.payload.name ? `${checked.payload.name}’s answers` : 'An anonymous answer';
    // The collect log is on the projected screen too: while names are hidden it names nobody.
    const unnamed = checked.payload.name ? 'A signed answer' : 'An anonymous answer';
    const kept = keepBoardAnswer(board.id, checked.payload, via);
    const say = (outcome: (who: string) => string) => ({ message: outcome(named), unnamed: outcome(unnamed) });
    switch (kept.outcome) {
      case 'new':
        return { ok: true, label: 'Accepted', ...say((who) => `${who}.`) };
      case 'replace':
        return { ok: true, label: 'Replaced', ...say((who) => `${who}, sent again: the earlier answer from the same device was replaced.`) };
      case 'same':
        return { ok: true, label: 'Already on the board', ...say((who) => `${who}: already on the board; nothing changed.`) };
      case 'older':
        return { ok: false, label: 'Refused', message: 'An older answer from a device that has since sent a newer one; the newer one is kept.' };
    }
  };

  const answersFor = (key: string): LearnerAnswer[] =>
    received.flatMap((a) =>
      a.answers[key] === undefined ? [] : [{ id: a.sender, name: hideNames ? undefined : a.name, answer: { v: a.answers[key], at: a.sentAt } }],
    );

  return (
    <div className="board" data-board={board.id}>
      <h2 className="board-title" ref={title} tabIndex={-1}>
        {board.title}
      </h2>
      <div className="board-join no-print">
        <QrCode text={link} label={`Code for the board’s link: scan it to open ${lesson.label} and send your answers`} />
        <div>
          <p>Scan the code, or open the link, then use “Send to the board” on that page.</p>
          <p className="board-link">
            <a href={link} data-board-link>
              {link}
            </a>
          </p>
          <p className="board-count" aria-live="polite" data-board-count={received.length}>
            <strong>{received.length}</strong> {received.length === 1 ? 'answer' : 'answers'} on the board
          </p>
        </div>
      </div>
      <details className="board-collect no-print">
        <summary>Collect answers (scan, paste, files)</summary>
        <Suspense fallback={<p>Loading the collect screen…</p>}>
          <CollectPanel kind="board" channel={board.id} privateKey={board.privateKey} onOpened={onOpened} hideNames={hideNames} />
        </Suspense>
      </details>
      <p className="board-actions no-print">
        <button
          type="button"
          onClick={() => {
            if (printing) print();
            else setPrinting(true);
          }}
        >
          Print a summary
        </button>{' '}
        {cleared ? (
          <>
            <span role="status">The board was cleared ({cleared.answers.length} answers).</span>{' '}
            <button
              type="button"
              ref={clearOrUndo}
              onClick={() => {
                undoClearBoard(cleared);
                setCleared(undefined);
                setActedOnClear(true);
              }}
            >
              Undo the clear
            </button>
          </>
        ) : (
          <button
            type="button"
            className="danger"
            ref={clearOrUndo}
            disabled={!received.length}
            onClick={() => {
              setCleared(clearBoard(board.id));
              setActedOnClear(true);
            }}
          >
            Clear the board
          </button>
        )}
        <label className="board-hide-names">
          <input type="checkbox" checked={hideNames} onChange={(e) => setHideNames(board.id, e.target.checked)} /> Hide names on the board and its printed
          summary
        </label>
      </p>
      <Suspense fallback={<p>Loading the views…</p>}>
        <div className="board-views no-print">
          {blocks.map((b) => {
            const answers = answersFor(`${lesson.key}/${b.id}`);
            return (
              <section key={b.id} className="board-block" data-board-block={b.id} aria-labelledby={`board-${b.id}`}>
                <h3 id={`board-${b.id}`}>{b.label}</h3>
                {answers.length ? (
                  <CohortView block={b} answers={answers} mode="board" state={view?.blocks[b.id]} onState={(next) => setBlockView(board.id, b.id, next)} />
                ) : (
                  <p className="muted">No answers yet.</p>
                )}
              </section>
            );
          })}
        </div>
      </Suspense>
      {printing && (
        <div className="board-summary print-only" data-board-summary>
          <h2>Summary: {board.title}</h2>
          <p>
            {received.length} answers, printed {new Date().toLocaleString()}. {hideNames ? 'Names are hidden.' : 'Names appear only where the sender signed.'}
          </p>
          {blocks.map((b) => {
            const answers = answersFor(`${lesson.key}/${b.id}`);
            return answers.length ? (
              <section key={b.id}>
                <h3>{b.label}</h3>
                <Suspense fallback={null}>
                  <CohortView block={b} answers={answers} mode="summary" />
                </Suspense>
              </section>
            ) : null;
          })}
        </div>
      )}
    </div>
  );
}
