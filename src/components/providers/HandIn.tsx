/**
 * Hand in a pathway's work: the learner names themselves, reviews exactly what the file will
 * hold (private answers left out unless included one by one), downloads it, or prints it.
 */
import { useStore } from '@nanostores/react';
import { useState, useSyncExternalStore } from 'react';
import type { CatalogueLesson } from '../../lib/catalogue';
import { makeHandIn, selectForHandIn } from '../../lib/handin';
import { decodePathway } from '../../lib/pathway';
import { $answers } from '../../stores/answers';
import { $pathways } from '../../stores/pathways';
import { $progress } from '../../stores/progress';
import { $learnerName } from '../../stores/settings';
import { LearnerNameField } from '../workbook/LearnerNameField';
import { snapshot } from '../../stores/workbook';
import { lessonAnswers } from '../../blocks/answer-view';
import { AnswerViews } from '../workbook/AnswerViews';
import { download, fileFailure, today } from '../../lib/download';
import { WithCatalogue } from '../workbook/useCatalogue';
import { useHydrated } from '../worksheet/useAnswer';
import { AskedPreview } from './AskedPreview';
import { DueDate } from './DueDate';

const subscribeHash = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

function HandInView({ catalogue, siteVersion, mapHref }: { catalogue: CatalogueLesson[]; siteVersion: string; mapHref: string }) {
  const hash = useSyncExternalStore(
    subscribeHash,
    () => location.hash,
    () => '',
  );
  const pathways = useStore($pathways);
  const answers = useStore($answers);
  useStore($progress);
  const name = useStore($learnerName);
  const [include, setInclude] = useState<Set<string>>(new Set());
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const entries = Object.entries(pathways).filter((e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== undefined);
  const wanted = /id=([a-z0-9]+)/.exec(hash)?.[1];
  const chosen = entries.find(([id]) => id === wanted) ?? (entries.length === 1 ? entries[0] : undefined);
  if (!chosen) {
    return entries.length === 0 ? (
      <NoPathway mapHref={mapHref} />
    ) : (
      <nav aria-label="Choose a pathway">
        <p>Which pathway are you handing in?</p>
        <ul>
          {entries.map(([id, s]) => {
            const d = decodePathway(s.code);
            return d.ok ? (
              <li key={id}>
                <a href={`#id=${id}`}>{d.pathway.title}</a>
              </li>
            ) : null;
          })}
        </ul>
      </nav>
    );
  }
  const [, saved] = chosen;
  const decoded = decodePathway(saved.code);
  if (!decoded.ok) return <p className="notice error">{decoded.error}</p>;
  const pathway = decoded.pathway;
  const dueOf = new Map(pathway.items.flatMap((it) => (it.due ? [[it.key, it.due] as const] : [])));
  // Private answers the provider asks for: shown with a preview, still left out until the learner includes them.
  const asked = pathway.items.flatMap((it) => {
    const l = catalogue.find((c) => c.key === it.key);
    return l ? l.blocks.filter((b) => b.private && it.ask?.includes(b.id)).map((b) => ({ key: `${l.key}/${b.id}`, label: b.label, lesson: l.label })) : [];
  });
  const askedKeys = new Set(asked.map((a) => a.key));
  const lessons = pathway.items.map((it) => catalogue.find((l) => l.key === it.key)).filter((l): l is CatalogueLesson => Boolean(l));

  const save = async () => {
    const data = selectForHandIn(snapshot(), pathway, catalogue, include);
    const file = await makeHandIn(data, { pathwayCode: saved.code, pathway, learnerName: name.trim(), siteVersion });
    const slug = (s: string) =>
      s
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 40);
    download(`handin-${slug(pathway.title)}-${slug(name)}-${today()}.json`, JSON.stringify(file, null, 2), 'application/json');
    setDone(true);
  };

  return (
    <div className="hand-in">
      <h2>{pathway.title}</h2>
      <div className="no-print">
        <LearnerNameField
          id="handin-name"
          label="Your name, as your provider knows you"
          help="Kept in this browser. Nothing is sent anywhere: you download a file and give it to your provider yourself."
        />
      </div>
      <p className="print-only">{name}</p>
      {asked.length > 0 && (
        <div className="notice no-print" data-asked>
          <p>
            <strong>Your provider asks for these private answers.</strong> They stay out of the file unless you include them; you decide, one by one, below.
          </p>
          <ul>
            {asked.map((a) => (
              <li key={a.key}>
                {a.lesson}: “{a.label}”: {!answers[a.key] ? 'not answered yet' : include.has(a.key) ? 'included' : 'not included'}
              </li>
            ))}
          </ul>
        </div>
      )}
      {lessons.map((l) => {
        const items = lessonAnswers(l, answers);
        return (
          <section key={l.key} className="portfolio-lesson" aria-labelledby={`h-${l.key.replace('/', '-')}`}>
            <h3 id={`h-${l.key.replace('/', '-')}`}>
              {l.label}: {l.title}
            </h3>
            {dueOf.get(l.key) && (
              <p>
                <DueDate due={dueOf.get(l.key)!} />
              </p>
            )}
            {items.length === 0 && <p className="save-status">Nothing answered yet.</p>}
            {items.map((item) => {
              const key = `${l.key}/${item.id}`;
              const excluded = item.private && !include.has(key);
              const isAsked = askedKeys.has(key);
              // An asked-for answer left out is still shown in full (a preview), so it is not dimmed.
              return (
                <div key={item.id} className={excluded && !isAsked ? 'portfolio-item excluded' : 'portfolio-item'}>
                  <h4>{item.label}</h4>
                  {item.private && (
                    <label className="check-option no-print">
                      <input
                        type="checkbox"
                        checked={include.has(key)}
                        onChange={(e) => {
                          const next = new Set(include);
                          if (e.target.checked) next.add(key);
                          else next.delete(key);
                          setInclude(next);
                        }}
                      />
                      {isAsked ? 'Your provider asks for this private answer: include it in the hand-in' : 'Private answer: include it in the hand-in'}
                    </label>
                  )}
                  {excluded && isAsked ? (
                    <AskedPreview views={item.views} lead="Left out (private) until you include it. What your provider would see:" />
                  ) : excluded ? (
                    <p className="save-status">Left out (private).</p>
                  ) : (
                    <AnswerViews views={item.views} />
                  )}
                </div>
              );
            })}
          </section>
        );
      })}
      <div className="worksheet-toolbar no-print">
        <button
          type="button"
          className="primary"
          disabled={!name.trim()}
          onClick={() => {
            setFailure(null);
            save().catch((error: unknown) => setFailure(fileFailure('hand-in file', error)));
          }}
        >
          Download the hand-in file
        </button>
        <button type="button" onClick={() => window.print()}>
          Print this work
        </button>
      </div>
      {!name.trim() && <p className="block-help no-print">Type your name to download the file.</p>}
      {failure && (
        <p className="notice error no-print" role="alert" data-file-error>
          {failure}
        </p>
      )}
      <p aria-live="polite" className="no-print">
        {done && 'Saved to your downloads. Send that file to your provider (by email or your learning platform).'}
      </p>
    </div>
  );
}

function NoPathway({ mapHref }: { mapHref: string }) {
  return (
    <p className="notice">
      You have no assigned pathway in this browser. Open the pathway link your provider sent you first, then come back from the <a href={mapHref}>course map</a>
      .
    </p>
  );
}

/**
 * An island with `client:stored` on the pathways' key prefix: without an assigned pathway it
 * never wakes, and its server-rendered notice stands (the directive marks the island
 * `data-nothing-stored`, and the styles show the notice instead of the loading line).
 */
export default function HandIn(props: { siteVersion: string; mapHref: string }) {
  const ready = useHydrated();
  if (!ready)
    return (
      <>
        <p className="save-status when-stored">Loading your work…</p>
        <div className="when-nothing-stored">
          <NoPathway mapHref={props.mapHref} />
        </div>
      </>
    );
  return <WithCatalogue>{(catalogue) => <HandInView {...props} catalogue={catalogue} />}</WithCatalogue>;
}
