/** The page a pathway link opens: shows what was assigned and asks to add it. */
import { useStore } from '@nanostores/react';
import { lazy, Suspense, useState, useSyncExternalStore } from 'react';
import { codeFromLink, decodePathway, pathwayId } from '../../lib/pathway';
import { $pathways, addPathway } from '../../stores/pathways';
import { useHydrated } from '../worksheet/useAnswer';
import type { LessonSummary } from '../../lib/lesson-summary';
import { DueDate } from './DueDate';

/** The preview of asked-for answers needs the catalogue and the answer views: loaded only when a pathway asks. */
const AskedAnswers = lazy(() => import('./AskedAnswers'));

const subscribeHash = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

export default function PathwayOffer({ lessons, mapHref }: { lessons: LessonSummary[]; mapHref: string }) {
  const ready = useHydrated();
  const hash = useSyncExternalStore(
    subscribeHash,
    () => location.hash,
    () => '',
  );
  const saved = useStore($pathways);
  const [error, setError] = useState('');
  if (!ready) return <p className="save-status">Reading the pathway link…</p>;
  if (!hash.includes('p=')) {
    return (
      <p className="notice">
        This page opens pathway links that a course provider sends. The link you followed has no pathway in it. Ask for the full link, or go to the{' '}
        <a href={mapHref}>course map</a>.
      </p>
    );
  }
  const code = codeFromLink(hash);
  const decoded = decodePathway(code);
  if (!decoded.ok)
    return (
      <div className="notice error" role="alert" data-pathway-error>
        <strong>This pathway cannot be opened.</strong> {decoded.error}
      </div>
    );
  const { pathway } = decoded;
  const byKey = new Map(lessons.map((l) => [l.key, l]));
  const added = Boolean(saved[pathwayId(code)]);
  return (
    <div className="callout" data-pathway-offer>
      <h2>{pathway.title}</h2>
      {pathway.message && <p className="pre">{pathway.message}</p>}
      <ol>
        {pathway.items.map((it) => {
          const l = byKey.get(it.key);
          return (
            <li key={it.key}>
              {l ? (
                <a href={l.href}>
                  {l.label}: {l.title}
                </a>
              ) : (
                <span>{it.key} (this lesson is no longer in the course)</span>
              )}
              {it.due && (
                <>
                  {' · '}
                  <DueDate due={it.due} className="" />
                </>
              )}
              {l && it.ask && l.private.some((b) => it.ask!.includes(b.id)) && (
                <div className="notice" data-asks>
                  <p>
                    <strong>Your provider asks for these private answers:</strong>{' '}
                    {l.private
                      .filter((b) => it.ask!.includes(b.id))
                      .map((b) => `“${b.label}”`)
                      .join(', ')}
                    . They stay out of your hand-in unless you include them: you will see each one on the hand-in page and decide.
                  </p>
                  <Suspense fallback={<p className="save-status">Loading your answers…</p>}>
                    <AskedAnswers lessonKey={l.key} asked={l.private.filter((b) => it.ask!.includes(b.id))} />
                  </Suspense>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {added ? (
        <p className="notice ok" role="status">
          This pathway is on your <a href={mapHref}>course map</a>.
        </p>
      ) : (
        <>
          <button
            type="button"
            className="primary"
            onClick={() => {
              const r = addPathway(code);
              if (!r.ok) setError(r.error);
            }}
          >
            Add this pathway to my course
          </button>
          <p className="block-help">It is kept in this browser only, with your answers.</p>
        </>
      )}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
