/**
 * The top of "My workbook": export (JSON and Markdown) and import with preview, merge or
 * replace. It hydrates when the learner reaches for it (`client:interaction`), so the page
 * loads no framework: its buttons and fields are server-rendered and take input before it runs. The export line and reminder above it and the lesson list below it are plain
 * HTML painted by src/scripts/saved-status.ts; resets, backup and recovery are the `StartAgain`
 * island further down. The catalogue is fetched only for the Markdown copy.
 */
import { useStore } from '@nanostores/react';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { portfolioMarkdown } from '../../lib/markdown-export';
import { describePortfolio, makePortfolio, readPortfolio, screenImport, type MergeReport, type PortfolioFile, type SetAsideEntry } from '../../lib/portfolio';
import { formatDate } from '../../lib/time';
import { $learnerName } from '../../stores/settings';
import { applyImport, markExported, snapshot } from '../../stores/workbook';
import { StorageNotice } from '../worksheet/StorageNotice';
import { download, fileFailure, today } from '../../lib/download';
import { LearnerNameField } from './LearnerNameField';
import { loadCatalogue } from '../../lib/load-catalogue';

interface Props {
  siteVersion: string;
  portfolioHref: string;
}

type Message = { kind: 'ok' | 'error'; text: string };

export default function Workbook({ siteVersion, portfolioHref }: Props) {
  const name = useStore($learnerName);
  const [message, setMessage] = useState<Message | null>(null);

  const exportJson = async () => {
    // A facilitator's cohort boards travel in the same file; their store loads only here.
    const boards = (await import('../../stores/board')).boardsSnapshot();
    const data = Object.keys(boards.boards).length ? { ...snapshot(), boards } : snapshot();
    const file = await makePortfolio(data, { siteVersion, ...(name ? { learnerName: name } : {}) });
    download(`dl-portfolio-${today()}.json`, JSON.stringify(file, null, 2), 'application/json');
    markExported();
    setMessage({ kind: 'ok', text: 'Your portfolio file was saved to your downloads. Keep it somewhere safe; you can import it here or in another browser.' });
  };
  // The questions' wording comes from the catalogue, fetched the first time it is needed.
  const exportMarkdown = async () => {
    const catalogue = await loadCatalogue();
    download(`dl-portfolio-${today()}.md`, portfolioMarkdown(catalogue, snapshot().answers, { name, date: new Date() }), 'text/markdown');
    markExported();
    setMessage({ kind: 'ok', text: 'A readable copy of your answers was saved to your downloads.' });
  };
  const failed = (what: string) => (error: unknown) => setMessage({ kind: 'error', text: fileFailure(what, error) });

  return (
    <div className="workbook">
      <StorageNotice />
      <div aria-live="polite">
        {message && (
          <div className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : undefined}>
            {message.text}
          </div>
        )}
      </div>

      <section aria-labelledby="export">
        <h2 id="export">Save your work</h2>
        <LearnerNameField id="learner-name" label="Your name, for the cover of your portfolio (kept in this browser)" />
        <div className="worksheet-toolbar">
          <button type="button" className="primary" onClick={() => exportJson().catch(failed('portfolio file'))}>
            Download everything (.json)
          </button>
          <button type="button" onClick={() => exportMarkdown().catch(failed('readable copy'))}>
            Download a readable copy (.md)
          </button>
          <a className="button" href={portfolioHref}>
            Print or save as PDF
          </a>
        </div>
      </section>

      <ImportSection />
    </div>
  );
}

/**
 * Import with a preview. A screen-reader user hears what was read (the status line) and where
 * to go next; focus never falls to the page: after Merge or Replace it moves to the report,
 * after Cancel back to the file field, which is emptied (choosing the same file again reads it
 * again). An error is the field's description as well as an alert.
 */
function ImportSection() {
  const [pending, setPending] = useState<{ file: PortfolioFile; fileName: string; setAside: SetAsideEntry[] } | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [report, setReport] = useState<(MergeReport & { fileName: string }) | null>(null);
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const reportBox = useRef<HTMLDivElement>(null);
  const clearField = () => {
    if (input.current) input.current.value = '';
  };

  const read = async (f: File) => {
    setReport(null);
    setPending(null);
    setStatus('');
    let text: string;
    try {
      text = await f.text();
    } catch (error) {
      clearField();
      setErrors([`The file could not be read from your device${error instanceof Error && error.message ? ` (${error.message})` : ''}.`]);
      return;
    }
    const result = await readPortfolio(text, f.size);
    if (result.ok) {
      // Answers to questions the course does not have are set aside: the catalogue says which
      // exist. Without it (offline, first visit) only the dates are checked.
      const knownBlocks = await loadCatalogue().then(
        (c) => new Set(c.flatMap((l) => l.blocks.map((b) => `${l.key}/${b.id}`))),
        () => undefined,
      );
      const screened = screenImport(result.file.data, { knownBlocks });
      setErrors([]);
      setPending({ file: { ...result.file, data: screened.data }, fileName: f.name, setAside: screened.setAside });
      const found = describePortfolio(screened.data);
      setStatus(
        `${f.name} read: ${found.answers} ${found.answers === 1 ? 'answer' : 'answers'} from ${found.lessons} ${found.lessons === 1 ? 'lesson' : 'lessons'}. Nothing is changed yet: merge, replace or cancel below.`,
      );
    } else {
      clearField();
      setErrors(result.errors);
    }
  };
  const apply = (mode: 'merge' | 'replace') => {
    if (!pending) return;
    const r = applyImport(pending.file, mode, pending.setAside);
    // Boards are only ever added or brought up to date by an import, never removed.
    const boards = pending.file.data.boards;
    if (boards) void import('../../stores/board').then((m) => m.restoreBoards(boards));
    setReport({ ...r, fileName: pending.fileName });
    setPending(null);
    setStatus('');
    clearField();
    requestAnimationFrame(() => reportBox.current?.focus());
  };
  const cancel = () => {
    setPending(null);
    clearField();
    setStatus('Import cancelled: nothing was changed.');
    input.current?.focus();
  };
  const summary = pending ? describePortfolio(pending.file.data) : null;

  // A file chosen or dropped before the island woke waits in the file field: read it now.
  const readWaiting = useEffectEvent(() => {
    const f = input.current?.files?.[0];
    if (f) void read(f);
  });
  useEffect(() => readWaiting(), []);

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
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={errors.length > 0 ? 'import-error' : undefined}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void read(f);
          }}
        />
      </div>
      <p className="save-status" role="status" data-import-status>
        {status}
      </p>
      {errors.length > 0 && (
        <div className="notice error" role="alert" id="import-error" data-import-error>
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
          {pending.setAside.length > 0 && (
            <div data-import-set-aside>
              <p>
                {pending.setAside.length} {pending.setAside.length === 1 ? 'entry' : 'entries'} of the file will not be imported; they are kept under “Data that
                could not be read” on this page:
              </p>
              <ul>
                {pending.setAside.slice(0, 20).map((e) => (
                  <li key={`${e.kind}:${e.key}`}>
                    {e.key.replace(/\//g, ' › ')}: {e.reason}
                  </li>
                ))}
                {pending.setAside.length > 20 && <li>and {pending.setAside.length - 20} more</li>}
              </ul>
            </div>
          )}
          <div className="worksheet-toolbar">
            <button type="button" className="primary" onClick={() => apply('merge')}>
              Merge: keep the newest answer to each question
            </button>
            <button type="button" onClick={() => apply('replace')}>
              Replace everything here with the file
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {report && (
        <div className="notice ok" data-import-report tabIndex={-1} ref={reportBox}>
          <p>Imported {report.fileName}. A backup of what was here before was kept and can be restored below.</p>
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
