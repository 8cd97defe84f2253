/**
 * The foot of "My workbook": start a lesson (or everything) again, with a question first and an
 * undo after; and the automatic backup, restorable in one click. Below the lesson list, so it
 * wakes as it comes near the screen.
 */
import { useStore } from '@nanostores/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PortfolioData } from '../../lib/portfolio';
import { formatDate } from '../../lib/time';
import { lastEdits } from '../../stores/status';
import { $backup, resetLessons, restoreBackup, undoReset } from '../../stores/workbook';
import { useHydrated } from '../worksheet/useAnswer';

/** A lesson as the workbook names it. */
export interface WorkbookLesson {
  key: string;
  label: string;
  title: string;
}

export default function StartAgain({ lessons }: { lessons: WorkbookLesson[] }) {
  const ready = useHydrated();
  const edits = useStore(useMemo(() => lastEdits(lessons.map((l) => l.key)), [lessons]));
  const [message, setMessage] = useState<{ text: string; undo?: PortfolioData } | null>(null);
  // A reset removes the lesson's line, and an undo the Undo button, with the focus in it: keep
  // the focus on what replaced them (the Undo button, then the message).
  const notice = useRef<HTMLDivElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (message) (undo.current ?? notice.current)?.focus();
  }, [message]);
  // The heading is rendered on the server too: `client:visible` watches the island's content.
  if (!ready)
    return (
      <section aria-labelledby="start-again">
        <h2 id="start-again">Start again</h2>
        <p className="save-status">Loading your saved work…</p>
      </section>
    );
  const edited = lessons.filter((l) => edits[l.key] !== undefined);

  return (
    <>
      <section aria-labelledby="start-again">
        <h2 id="start-again">Start again</h2>
        <div aria-live="polite">
          {message && (
            <div className="notice ok" ref={notice} tabIndex={-1}>
              {message.text}
              {message.undo && (
                <>
                  {' '}
                  <button
                    type="button"
                    ref={undo}
                    onClick={() => {
                      undoReset(message.undo!);
                      setMessage({ text: 'Undone: your answers are back.' });
                    }}
                  >
                    Undo
                  </button>
                </>
              )}
            </div>
          )}
        </div>
        {edited.length === 0 ? (
          <p>Nothing is saved in this browser yet.</p>
        ) : (
          <>
            <p>Remove your answers to one lesson, or to all of them. You are asked first, a backup is kept, and you can undo.</p>
            <ul className="start-again" data-start-again>
              {edited.map((l) => (
                <li key={l.key} data-lesson={l.key}>
                  <span>
                    {l.label}: {l.title} <span className="meta">(last edit {formatDate(edits[l.key])})</span>
                  </span>
                  <ConfirmButton
                    label="Reset"
                    accessibleLabel={`Reset ${l.label}`}
                    question={`Remove your answers to ${l.label}?`}
                    onConfirm={() => setMessage({ text: `Your answers to ${l.label} were removed.`, undo: resetLessons([l.key]) })}
                  />
                </li>
              ))}
            </ul>
            <p>
              <ConfirmButton
                label="Reset everything"
                accessibleLabel="Reset everything"
                question="Remove all your answers and progress from this browser? A backup is kept, and you can undo."
                onConfirm={() => setMessage({ text: 'All your answers and progress were removed from this browser.', undo: resetLessons('all') })}
              />
            </p>
          </>
        )}
      </section>
      <BackupSection />
    </>
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
