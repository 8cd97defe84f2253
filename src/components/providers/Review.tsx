/**
 * The review page for providers and facilitators: drop in any number of hand-in files. Each
 * is validated on its own (a bad file is listed with its reason; the others still load), and
 * read in this browser only. Shows completion per learner and item, every learner's answers
 * side by side, reviewer notes kept locally, and a CSV export (cells neutralised: the files
 * are untrusted). One hand-in per learner and pathway: a newer one replaces the older, and
 * the page says so.
 */
import { useStore } from '@nanostores/react';
import { memo, startTransition, useEffect, useEffectEvent, useRef, useState } from 'react';
import { CohortView } from '../../blocks/compare';
import { viewAnswer, viewToText } from '../../blocks/answer-view';
import { lateness, latenessText, dueDate } from '../../lib/dates/due';
import { decodePathway } from '../../lib/pathway';
import { forgetAll, forgetFiles, keepFiles, keptFiles } from '../../stores/kept-handins';
import { toCsv } from '../../lib/csv';
import { readHandIn, type HandInFile } from '../../lib/handin';
import { addHandIns, chooseHandIn, dropOther, type AddOutcome, type LoadedHandIn } from '../../lib/review';
import { statusLabel, statusOf } from '../../lib/status';
import { $reviewNotes } from '../../stores/pathways';
import { download, today } from '../../lib/download';
import { formatDate } from '../../lib/time';
import { useCatalogue } from '../workbook/useCatalogue';
import { nextTask } from '../../lib/next-task';

type Learner = LoadedHandIn;

interface Refused {
  fileName: string;
  errors: string[];
}

function outcomeText(o: AddOutcome): string | null {
  switch (o.kind) {
    case 'added':
      return null;
    case 'same-learner':
      return `${o.fileName} is another hand-in from ${o.learner} (${o.files.length} files now: ${o.files.join(', ')}). Showing ${o.shown}, the latest; choose under "Two or more files for one learner".`;
    case 'duplicate':
      return `${o.fileName} is the same hand-in from ${o.learner} as one already loaded.`;
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The files that claim one learner, for the reviewer to choose which counts. */
function ChooseHandIn({ learner, onChoose, onDrop }: { learner: Learner; onChoose: (fileName: string) => void; onDrop: (fileName: string) => void }) {
  const all = [{ fileName: learner.fileName, file: learner.file }, ...(learner.others ?? [])];
  const name = learner.file.learner.name.trim();
  return (
    <fieldset className="choose-handin" data-choose-handin={learner.id}>
      <legend>
        {all.length} files say they are {name}’s hand-in for {learner.file.pathway.title}. Which one counts?
      </legend>
      <ul>
        {all.map((e) => (
          <li key={e.fileName}>
            <label>
              <input type="radio" name={`choose-${learner.id}`} checked={e.fileName === learner.fileName} onChange={() => onChoose(e.fileName)} /> {e.fileName}:
              exported {formatDate(Date.parse(e.file.exportedAt))}, {plural(Object.keys(e.file.data.answers).length, 'answer')}, as “{e.file.learner.name}”
            </label>{' '}
            {e.fileName !== learner.fileName && (
              <button type="button" onClick={() => onDrop(e.fileName)}>
                Remove {e.fileName}
              </button>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Notes were once kept per file (`name-checksum`); carry them over to the learner's id. */
function carryOverNotes(l: Learner): void {
  const legacy = `${l.file.learner.name}-${l.file.checksum.slice(0, 8)}`;
  const notes = $reviewNotes.get();
  const old = notes[legacy];
  if (old !== undefined && notes[l.id] === undefined) {
    $reviewNotes.setKey(l.id, old);
    $reviewNotes.setKey(legacy, undefined);
  }
}

/** The reviewer's note on one learner: subscribed to that note alone, so typing re-renders only it. */
const LearnerNote = memo(function LearnerNote({ id, name }: { id: string; name: string }) {
  const notes = useStore($reviewNotes, { keys: [id] });
  return <textarea rows={2} aria-label={`Notes on ${name}`} value={notes[id] ?? ''} onChange={(e) => $reviewNotes.setKey(id, e.target.value || undefined)} />;
});

function ReviewView() {
  // Fetched as the island wakes (a file was opened: see client:files); the files are read meanwhile.
  const { catalogue, error } = useCatalogue();
  const [learners, setLearners] = useState<Learner[]>([]);
  // Files are read one after another; a second drop must add to the list the first one made.
  const current = useRef<Learner[]>([]);
  // One entry per file name: dropping the same bad file again replaces its entry.
  const [rejected, setRejected] = useState<Refused[]>([]);
  const [outcomes, setOutcomes] = useState<string[]>([]);
  const [item, setItem] = useState('');
  const byKey = new Map((catalogue ?? []).map((l) => [l.key, l]));
  const fileInput = useRef<HTMLInputElement>(null);

  /** Read hand-ins one step per task; keep the good ones in this browser unless they came from there. */
  const addTexts = async (files: { fileName: string; size: number; text: () => Promise<string> }[], keep: boolean) => {
    const ok: { fileName: string; file: HandInFile }[] = [];
    const texts: { fileName: string; text: string }[] = [];
    const bad: Refused[] = [];
    for (const f of files) {
      try {
        await nextTask();
        const text = await f.text();
        const r = await readHandIn(text, f.size, nextTask);
        if (r.ok) {
          ok.push({ fileName: f.fileName, file: r.file });
          texts.push({ fileName: f.fileName, text });
        } else bad.push({ fileName: f.fileName, errors: r.errors });
      } catch (error) {
        bad.push({
          fileName: f.fileName,
          errors: [`The file could not be read from your device${error instanceof Error && error.message ? ` (${error.message})` : ''}.`],
        });
      }
    }
    const result = addHandIns(current.current, ok);
    current.current = result.list;
    result.list.forEach(carryOverNotes);
    const names = new Set([...ok.map((o) => o.fileName), ...bad.map((b) => b.fileName)]);
    // A cohort's tables and answers are a large render: let React do it in slices.
    startTransition(() => {
      setLearners(result.list);
      setOutcomes(result.outcomes.map(outcomeText).filter((t): t is string => t !== null));
      setRejected((prev) => [...prev.filter((r) => !names.has(r.fileName)), ...bad]);
    });
    if (keep) await keepFiles(texts.filter((t) => !result.outcomes.some((o) => o.kind === 'duplicate' && o.fileName === t.fileName)));
  };
  const addFiles = (files: FileList | File[]) =>
    addTexts(
      Array.from(files, (f) => ({ fileName: f.name, size: f.size, text: () => f.text() })),
      true,
    );

  // Files chosen or dropped before the island woke wait in the file field: read them now.
  // Hand-ins kept from an earlier visit come first.
  const readWaiting = useEffectEvent(async () => {
    const input = fileInput.current;
    const files = Array.from(input?.files ?? []);
    if (input) input.value = '';
    const kept = await keptFiles();
    if (kept.length)
      await addTexts(
        kept.map((k) => ({ fileName: k.fileName, size: k.text.length, text: () => Promise.resolve(k.text) })),
        false,
      );
    if (files.length) await addFiles(files);
  });
  useEffect(() => void readWaiting(), []);

  const update = (next: Learner[]) => {
    current.current = next;
    setLearners(next);
  };
  const claimed = learners.filter((l) => l.others?.length);
  const fileCount = learners.reduce((n, l) => n + 1 + (l.others?.length ?? 0), 0);
  const forget = () => {
    void forgetAll();
    update([]);
    setOutcomes([]);
  };
  /** Each learner's due dates, from the pathway their file names. */
  const dueOf = (l: Learner, key: string): string | undefined => {
    const d = decodePathway(l.file.pathway.code);
    return d.ok ? d.pathway.items.find((i) => i.key === key)?.due : undefined;
  };
  /** Private answers the pathway asks for that this learner's file does not hold (kept back, or never answered). */
  const keptBack = (l: Learner, key: string): string[] => {
    const d = decodePathway(l.file.pathway.code);
    const ask = d.ok ? d.pathway.items.find((i) => i.key === key)?.ask : undefined;
    const lesson = byKey.get(key);
    if (!ask || !lesson) return [];
    return lesson.blocks.filter((b) => ask.includes(b.id) && !l.file.data.answers[`${key}/${b.id}`]).map((b) => b.label);
  };
  const lateOf = (l: Learner, key: string) => {
    const due = dueOf(l, key);
    return due ? lateness(due, l.file.exportedAt) : undefined;
  };

  const items = [...new Set(learners.flatMap((l) => l.file.pathway.items))];
  const hasAnswers = (key: string) => learners.some((l) => Object.keys(l.file.data.answers).some((a) => a.startsWith(`${key}/`)));
  // Open on the first lesson someone answered, not on an empty one.
  const selected = item || items.find(hasAnswers) || items[0] || '';
  const lesson = byKey.get(selected);
  const statusFor = (l: Learner, key: string) => {
    const c = byKey.get(key);
    const required = c ? c.blocks.filter((b) => c.required.includes(b.id)) : [];
    return statusOf(key, required, l.file.data.answers, l.file.data.progress[key]);
  };

  const exportCsv = () => {
    const notes = $reviewNotes.get();
    const label = (k: string) => byKey.get(k)?.label ?? k;
    // Answers as the review page shows them (the same views), one column per question.
    const questions = items.flatMap((k) => (byKey.get(k)?.blocks ?? []).map((b) => ({ key: `${k}/${b.id}`, block: b, head: `${label(k)} › ${b.label}` })));
    const answered = questions.filter((q) => learners.some((l) => l.file.data.answers[q.key]));
    const head = [
      'Learner',
      'File',
      'Pathway',
      'Handed in',
      ...items.flatMap((k) => [label(k), `${label(k)}: due`, `${label(k)}: on time or late`, `${label(k)}: asked for, not in the file`]),
      ...answered.map((q) => q.head),
      'Reviewer notes',
    ];
    const rows = learners.map((l) => [
      l.file.learner.name,
      l.fileName,
      l.file.pathway.title,
      l.file.exportedAt,
      ...items.flatMap((k) => {
        if (!l.file.pathway.items.includes(k)) return ['', '', '', ''];
        const late = lateOf(l, k);
        return [statusLabel[statusFor(l, k)], dueOf(l, k) ?? '', late ? latenessText(late) : '', keptBack(l, k).join('; ')];
      }),
      ...answered.map((q) => viewAnswer(q.block, l.file.data.answers[q.key]).map(viewToText).join('\n')),
      notes[l.id] ?? '',
    ]);
    download(`review-${today()}.csv`, toCsv([head, ...rows]), 'text/csv');
  };

  return (
    <div className="review">
      <div
        className="drop-zone no-print"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void addFiles(e.dataTransfer.files);
        }}
      >
        <div className="file-picker">
          <label htmlFor="handin-files" className="button">
            Choose hand-in files (.json)
          </label>
          <input
            type="file"
            id="handin-files"
            className="visually-hidden"
            ref={fileInput}
            multiple
            accept=".json,application/json"
            onChange={(e) => {
              if (e.target.files) void addFiles(e.target.files);
              e.target.value = '';
            }}
          />
          <span data-loaded-count>
            {learners.length === 0
              ? 'No hand-ins loaded yet.'
              : `${plural(learners.length, 'learner')} loaded (${plural(fileCount, 'file')}), kept in this browser until you forget them.`}
          </span>
          {learners.length > 0 && (
            <button type="button" onClick={forget}>
              Forget these files
            </button>
          )}
        </div>
        <p className="block-help">As many as you like, or drop them here.</p>
        <p className="block-help">Files are read in this browser only; nothing is uploaded.</p>
      </div>

      <div aria-live="polite">
        {outcomes.length > 0 && (
          <div className="notice" data-load-outcomes>
            <ul>
              {outcomes.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
          </div>
        )}
      </div>

      {rejected.length > 0 && (
        <div className="notice error" role="alert" data-rejected>
          <strong>
            {rejected.length} {rejected.length === 1 ? 'file was' : 'files were'} not loaded:
          </strong>
          <ul>
            {rejected.map((r) => (
              <li key={r.fileName}>
                <strong>{r.fileName}</strong>: {r.errors.join(' ')}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setRejected([])}>
            Clear this list
          </button>
        </div>
      )}

      {learners.length > 0 && error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {learners.length > 0 && !catalogue && !error && <p className="save-status">Loading the course's questions…</p>}
      {learners.length > 0 && catalogue && (
        <>
          {claimed.length > 0 && (
            <section aria-labelledby="claimed" className="notice">
              <h2 id="claimed">Two or more files for one learner</h2>
              <p>Names and dates are what each file says; neither proves which file is the learner’s. Compare them and choose the one that counts.</p>
              {claimed.map((l) => (
                <ChooseHandIn
                  key={l.id}
                  learner={l}
                  onChoose={(f) => update(chooseHandIn(current.current, l.id, f))}
                  onDrop={(f) => {
                    update(dropOther(current.current, l.id, f));
                    void forgetFiles([f]);
                  }}
                />
              ))}
            </section>
          )}
          <section aria-labelledby="completion">
            <h2 id="completion">Completion</h2>
            <div className="table-wrap" tabIndex={0} role="group" aria-label="Completion by learner: table">
              <table data-completion-table>
                <thead>
                  <tr>
                    <th scope="col">Learner</th>
                    {items.map((k) => (
                      <th scope="col" key={k}>
                        {byKey.get(k)?.label ?? k}
                      </th>
                    ))}
                    <th scope="col">Reviewer notes (kept in this browser)</th>
                  </tr>
                </thead>
                <tbody>
                  {learners.map((l) => (
                    <tr key={l.id}>
                      <th scope="row">
                        {l.file.learner.name}
                        <span className="block-help">
                          {' '}
                          {l.file.pathway.title}, handed in {formatDate(Date.parse(l.file.exportedAt))}
                        </span>
                      </th>
                      {items.map((k) => {
                        const s = l.file.pathway.items.includes(k) ? statusFor(l, k) : null;
                        const late = s ? lateOf(l, k) : undefined;
                        return (
                          <td key={k}>
                            {s ? <span className={`badge ${s}`}>{statusLabel[s]}</span> : '—'}
                            {late && (
                              <span className={`meta${late.late ? ' overdue' : ''}`} data-lateness>
                                {' '}
                                {latenessText(late)} <span className="visually-hidden">(due {dueDate(dueOf(l, k)!)})</span>
                              </span>
                            )}
                            {s && keptBack(l, k).length > 0 && (
                              <span className="block-help" data-kept-back>
                                {' '}
                                Asked for, not in the file:{' '}
                                {keptBack(l, k)
                                  .map((b) => `“${b}”`)
                                  .join(', ')}
                              </span>
                            )}
                          </td>
                        );
                      })}
                      <td>
                        <LearnerNote id={l.id} name={l.file.learner.name} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <button type="button" onClick={exportCsv}>
              Export the review as CSV
            </button>
          </section>

          <section aria-labelledby="side-by-side">
            <h2 id="side-by-side">Answers side by side</h2>
            <label htmlFor="review-item">Show answers for</label>
            <select id="review-item" value={selected} onChange={(e) => setItem(e.target.value)} className="input-wide">
              {items.map((k) => (
                <option key={k} value={k}>
                  {byKey.get(k) ? `${byKey.get(k)!.label}: ${byKey.get(k)!.title}` : k}
                </option>
              ))}
            </select>
            {lesson && !hasAnswers(lesson.key) && <p className="save-status">No learner has answered anything in this lesson yet.</p>}
            {lesson &&
              lesson.blocks.map((b) => {
                const key = `${lesson.key}/${b.id}`;
                const answered = learners.filter((l) => l.file.data.answers[key]);
                if (!answered.length) return null;
                return (
                  <div key={b.id} className="block review-block" data-review-block={b.id}>
                    <h3>{b.label}</h3>
                    <CohortView block={b} answers={answered.map((l) => ({ id: l.id, name: l.file.learner.name, answer: l.file.data.answers[key] }))} />
                  </div>
                );
              })}
          </section>
        </>
      )}
    </div>
  );
}

/** The review island: server-rendered as its file field alone, woken by the first file (client:files). */
export default function Review() {
  return <ReviewView />;
}
