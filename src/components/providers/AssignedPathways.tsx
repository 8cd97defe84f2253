/** On the course map: the pathways the learner holds, with due dates, progress and hand-in. */
import { useStore } from '@nanostores/react';
import { decodePathway } from '../../lib/pathway';
import { statusLabel, statusOf } from '../../lib/status';
import { $answers } from '../../stores/answers';
import { $pathways, removePathway } from '../../stores/pathways';
import { $progress } from '../../stores/progress';
import { useHydrated } from '../worksheet/useAnswer';
import type { LessonSummary } from '../../lib/lesson-summary';
import { DueDate } from './DueDate';

export default function AssignedPathways({ lessons, handInPath }: { lessons: LessonSummary[]; handInPath: string }) {
  const ready = useHydrated();
  const pathways = useStore($pathways);
  const answers = useStore($answers);
  const progress = useStore($progress);
  if (!ready) return null;
  const byKey = new Map(lessons.map((l) => [l.key, l]));
  const entries = Object.entries(pathways).filter((e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== undefined);
  if (!entries.length) return null;
  return (
    <section aria-labelledby="assigned" className="assigned">
      <h2 id="assigned">Assigned to you</h2>
      {entries.map(([id, saved]) => {
        const decoded = decodePathway(saved.code);
        if (!decoded.ok) return null;
        const p = decoded.pathway;
        const statuses = p.items.map((it) => {
          const l = byKey.get(it.key);
          return { it, l, status: l ? statusOf(it.key, l.required, answers, progress[it.key]) : ('new' as const) };
        });
        const done = statuses.filter((s) => s.status === 'done').length;
        return (
          <article key={id} className="card pathway-card" data-pathway={id} aria-labelledby={`pw-${id}`}>
            <h3 id={`pw-${id}`}>Assigned: {p.title}</h3>
            {p.message && <p className="pre">{p.message}</p>}
            <p className="save-status">
              {done} of {p.items.length} done
            </p>
            <ol>
              {statuses.map(({ it, l, status }) => (
                <li key={it.key} className="map-row">
                  {l ? (
                    <a href={l.href}>
                      {l.label}: {l.title}
                    </a>
                  ) : (
                    <span>{it.key} (no longer in the course)</span>
                  )}
                  {/* One line under every item, due date or not, so a badge never sits against a title. */}
                  <span className="meta">
                    {it.due && <DueDate due={it.due} className="" />}
                    <span className={`badge ${status}`}>{statusLabel[status]}</span>
                  </span>
                </li>
              ))}
            </ol>
            <div className="worksheet-toolbar">
              <a className="button primary" href={`${handInPath}#id=${id}`}>
                Hand in this work
              </a>
              <button
                type="button"
                className="danger"
                onClick={() => {
                  if (window.confirm(`Remove the pathway “${p.title}” from your course map? Your answers stay.`)) removePathway(id);
                }}
              >
                Remove pathway
              </button>
            </div>
          </article>
        );
      })}
    </section>
  );
}
