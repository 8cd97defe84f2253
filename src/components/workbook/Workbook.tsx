/**
 * "My workbook": every lesson with its status and last edit, export (JSON and Markdown),
 * import with preview, merge or replace, an automatic backup restorable in one click,
 * resets with undo, and recovery of quarantined data.
 */
import { useStore } from '@nanostores/react';
import { useMemo, useRef, useState } from 'react';
import type { CatalogueLesson } from '../../lib/catalogue';
import { portfolioMarkdown } from '../../lib/markdown-export';
import { describePortfolio, makePortfolio, readPortfolio, type MergeReport, type PortfolioData, type PortfolioFile } from '../../lib/portfolio';
import { $answers } from '../../stores/answers';
import { $quarantine, clearQuarantine } from '../../stores/quarantine';
import { $learnerName } from '../../stores/settings';
import { LearnerNameField } from './LearnerNameField';
import { lessonSummaries, statusLabel } from '../../stores/status';
import { $backup, $meta, applyImport, markExported, resetLessons, restoreBackup, snapshot, undoReset } from '../../stores/workbook';
import { StorageNotice } from '../worksheet/StorageNotice';
import { WithCatalogue } from './useCatalogue';
import { useHydrated } from '../worksheet/useAnswer';
import { download, fileFailure, formatDate, today } from './download';

interface Props {
  catalogue: CatalogueLesson[];
  siteVersion: string;
  portfolioHref: string;
}

const WEEK = 7 * 24 * 60 * 60 * 1000;

function WorkbookView({ catalogue, siteVersion, portfolioHref }: Props) {
  const ready = useHydrated();
  const answers = useStore($answers);
  const summaries = useStore(
    useMemo(() => lessonSummaries(catalogue.map((l) => ({ key: l.key, required: l.blocks.filter((b) => l.required.includes(b.id)) }))), [catalogue]),
  );
  const meta = useStore($meta);
  const name = useStore($learnerName);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string; undo?: PortfolioData } | null>(null);
  const [openedAt] = useState(Date.now);

  if (!ready) return <p className="save-status">Loading your saved work…</p>;

  const lastExport = meta['lastExport'];
  const unexported = Object.values(answers).filter((a) => a && a.at > (lastExport ?? 0));
  const oldestUnexported = unexported.length ? Math.min(...unexported.map((a) => a!.at)) : undefined;
  const remind = oldestUnexported !== undefined && openedAt - oldestUnexported > WEEK;

  const exportJson = async () => {
    const file = await makePortfolio(snapshot(), { siteVersion, ...(name ? { learnerName: name } : {}) });
    download(`dl-portfolio-${today()}.json`, JSON.stringify(file, null, 2), 'application/json');
    markExported();
    setMessage({ kind: 'ok', text: 'Your portfolio file was saved to your downloads. Keep it somewhere safe; you can import it here or in another browser.' });
  };
  const exportMarkdown = () => {
    setMessage(null);
    download(`dl-portfolio-${today()}.md`, portfolioMarkdown(catalogue, snapshot().answers, { name, date: new Date() }), 'text/markdown');
    markExported();
  };

  return (
    <div className="workbook">
      <StorageNotice />
      {remind && (
        <div className="notice" data-export-reminder>
          <strong>Time to save a copy.</strong> You have work from {formatDate(oldestUnexported)} that you have not exported. Browsers can clear a site’s
          storage (Safari does so after seven days without a visit), so download a portfolio file now.
        </div>
      )}
      <div aria-live="polite">
        {message && (
          <div className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : undefined}>
            {message.text}
            {message.undo && (
              <>
                {' '}
                <button
                  type="button"
                  onClick={() => {
                    undoReset(message.undo!);
                    setMessage({ kind: 'ok', text: 'Undone: your answers are back.' });
                  }}
                >
                  Undo
                </button>
              </>
            )}
          </div>
        )}
      </div>

      <section aria-labelledby="export">
        <h2 id="export">Save your work</h2>
        <LearnerNameField id="learner-name" label="Your name, for the cover of your portfolio (kept in this browser)" />
        <div className="worksheet-toolbar">
          <button
            type="button"
            className="primary"
            onClick={() => exportJson().catch((error: unknown) => setMessage({ kind: 'error', text: fileFailure('portfolio file', error) }))}
          >
            Download everything (.json)
          </button>
          <button type="button" onClick={exportMarkdown}>
            Download a readable copy (.md)
          </button>
          <a className="button" href={portfolioHref}>
            Print or save as PDF
          </a>
        </div>
        <p className="save-status">{lastExport ? `Last exported ${formatDate(lastExport)}.` : 'Not exported from this browser yet.'}</p>
      </section>

      <ImportSection onDone={setMessage} />

      <section aria-labelledby="lessons">
        <h2 id="lessons">Lessons and activities</h2>
        <div className="table-wrap" tabIndex={0} role="group" aria-label="Lessons and activities: table">
          <table>
            <thead>
              <tr>
                <th scope="col">Lesson</th>
                <th scope="col">Status</th>
                <th scope="col">Last edit</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {catalogue.map((l) => {
                const { status, edited } = summaries[l.key] ?? { status: 'new', edited: undefined };
                return (
                  <tr key={l.key} data-lesson-row={l.key}>
                    <th scope="row">
                      <a href={l.href}>
                        {l.label}: {l.title}
                      </a>
                    </th>
                    <td>
                      <span className={`badge ${status}`}>{statusLabel[status]}</span>
                    </td>
                    <td>{formatDate(edited)}</td>
                    <td>
                      {edited !== undefined && (
                        <ConfirmButton
                          label="Reset"
                          accessibleLabel={`Reset ${l.label}`}
                          question={`Remove your answers to ${l.label}?`}
                          onConfirm={() => setMessage({ kind: 'ok', text: `Your answers to ${l.label} were removed.`, undo: resetLessons([l.key]) })}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p>
          <ConfirmButton
            label="Reset everything"
            accessibleLabel="Reset everything"
            question="Remove all your answers and progress from this browser? A backup is kept, and you can undo."
            onConfirm={() => setMessage({ kind: 'ok', text: 'All your answers and progress were removed from this browser.', undo: resetLessons('all') })}
          />
        </p>
      </section>

      <BackupSection />
      <RecoverySection />
    </div>
  );
}

function ConfirmButton({ label, accessibleLabel, question, onConfirm }: { label: string; accessibleLabel: string; question: string; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  if (!asking)
    return (
      <button
        type="button"
        className="danger"
        aria-label={accessibleLabel}
        onClick={() => {
          setAsking(true);
          requestAnimationFrame(() => first.current?.focus());
        }}
      >
        {label}
      </button>
    );
  return (
    <span role="group" aria-label={question} className="confirm">
      <span>{question}</span>{' '}
      <button
        type="button"
        className="danger"
        ref={first}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        Yes, remove
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}

function ImportSection({ onDone }: { onDone: (m: { kind: 'ok' | 'error'; text: string }) => void }) {
  const [pending, setPending] = useState<{ file: PortfolioFile; fileName: string } | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [report, setReport] = useState<MergeReport | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const read = async (f: File) => {
    setReport(null);
    setPending(null);
    let text: string;
    try {
      text = await f.text();
    } catch (error) {
      setErrors([`The file could not be read from your device${error instanceof Error && error.message ? ` (${error.message})` : ''}.`]);
      return;
    }
    const result = await readPortfolio(text, f.size);
    if (result.ok) {
      setErrors([]);
      setPending({ file: result.file, fileName: f.name });
    } else setErrors(result.errors);
  };
  const apply = (mode: 'merge' | 'replace') => {
    if (!pending) return;
    const r = applyImport(pending.file, mode);
    setReport(r);
    setPending(null);
    if (input.current) input.current.value = '';
    onDone({ kind: 'ok', text: `Imported ${pending.fileName}. A backup of what was here before was kept and can be restored below.` });
  };
  const summary = pending ? describePortfolio(pending.file.data) : null;

  return (
    <section aria-labelledby="import">
      <h2 id="import">Bring work back from a file</h2>
      <div
        className="drop-zone"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          const f = e.dataTransfer.files[0];
          if (f) void read(f);
        }}
      >
        <label htmlFor="import-file">Choose a portfolio file (.json) exported from this course, or drop it here</label>
        <input
          ref={input}
          type="file"
          id="import-file"
          accept=".json,application/json"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void read(f);
          }}
        />
      </div>
      {errors.length > 0 && (
        <div className="notice error" role="alert" data-import-error>
          <strong>Nothing was imported.</strong>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {pending && summary && (
        <div className="callout" data-import-preview>
          <p>
            <strong>{pending.fileName}</strong> holds {summary.answers} {summary.answers === 1 ? 'answer' : 'answers'} from {summary.lessons}{' '}
            {summary.lessons === 1 ? 'lesson' : 'lessons'}
            {pending.file.learner ? `, by ${pending.file.learner.name}` : ''}, exported {formatDate(Date.parse(pending.file.exportedAt))}.
            {summary.newest ? ` Its newest answer is from ${formatDate(summary.newest)}.` : ''}
          </p>
          <div className="worksheet-toolbar">
            <button type="button" className="primary" onClick={() => apply('merge')}>
              Merge: keep the newest answer to each question
            </button>
            <button type="button" onClick={() => apply('replace')}>
              Replace everything here with the file
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {report && (
        <div className="notice ok" data-import-report>
          <p>
            {report.added.length} new {report.added.length === 1 ? 'answer' : 'answers'} added, {report.updated.length} updated, {report.unchanged} already the
            same.
          </p>
          {report.conflicts.length > 0 && (
            <>
              <p>These questions had different answers here and in the file; the newer one was kept:</p>
              <ul>
                {report.conflicts.map((c) => (
                  <li key={c.key}>
                    {c.key.replace(/\//g, ' › ')}: kept the answer from {c.kept === 'file' ? 'the file' : 'this browser'}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}

function BackupSection() {
  const backup = useStore($backup);
  const [restored, setRestored] = useState(false);
  if (!backup) return null;
  return (
    <section aria-labelledby="backup">
      <h2 id="backup">Automatic backup</h2>
      <p>
        A backup was saved {formatDate(backup.at)}, {backup.reason}. It holds {Object.keys(backup.data.answers).length} answers.
      </p>
      <button
        type="button"
        onClick={() => {
          restoreBackup();
          setRestored(true);
        }}
      >
        Restore this backup
      </button>
      <p aria-live="polite">{restored && 'Restored. What was here before is now the backup, so you can switch back.'}</p>
    </section>
  );
}

function RecoverySection() {
  const items = useStore($quarantine);
  if (!items.length) return null;
  return (
    <section aria-labelledby="recovery">
      <h2 id="recovery">Data that could not be read</h2>
      <p>
        {items.length} saved {items.length === 1 ? 'value' : 'values'} could not be read (damaged, or written by another version of the course) and were set
        aside instead of deleted. Download them to keep them, or to send to whoever supports your course.
      </p>
      <div className="worksheet-toolbar">
        <button type="button" onClick={() => download(`dl-course-recovered-${today()}.json`, JSON.stringify(items, null, 2), 'application/json')}>
          Download the set-aside data
        </button>
        <button type="button" className="danger" onClick={clearQuarantine}>
          Dismiss (after downloading)
        </button>
      </div>
    </section>
  );
}

/** The workbook island: the course's question catalogue is fetched, not inlined, to keep the page light. */
export default function Workbook(props: Omit<Props, 'catalogue'>) {
  return <WithCatalogue>{(catalogue) => <WorkbookView {...props} catalogue={catalogue} />}</WithCatalogue>;
}
