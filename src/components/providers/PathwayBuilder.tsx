/**
 * The pathway builder for providers: choose lessons in any order, add a title, a message and
 * due dates, and get a link that carries the whole pathway, plus a printable sheet. Opening
 * the builder with a pathway link (or pasting one) reopens it for editing.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { codeFromLink, decodePathway, encodePathway, type Pathway } from '../../lib/pathway';
import type { LessonSummary } from '../../lib/lesson-summary';
import LmsDownload from './LmsDownload';
import { MoveControls } from '../worksheet/ItemControls';
import { QrCode } from './QrCode';

interface Props {
  lessons: LessonSummary[];
  /** Absolute path of the learner's pathway page, e.g. /pathway/. */
  pathwayPath: string;
  /** The site's base path, e.g. / or /courses/dl/, for LMS packages. */
  base: string;
}

type Item = Pathway['items'][number];

/** The labels of the private answers a lesson's item asks for. */
function askedLabels(lesson: LessonSummary, ask: readonly string[]): string[] {
  return lesson.private.filter((b) => ask.includes(b.id)).map((b) => b.label);
}

/** An item with one private answer asked for, or no longer asked for. */
function withAsk(item: Item, blockId: string, on: boolean): Item {
  const ask = [...new Set([...(item.ask ?? []).filter((id) => id !== blockId), ...(on ? [blockId] : [])])];
  const { ask: _, ...rest } = item;
  return ask.length ? { ...rest, ask } : rest;
}

/** The pathway in the builder's own link (#p=...), so a shared builder link reopens for editing. */
function fromHash(): ReturnType<typeof decodePathway> | undefined {
  if (!location.hash.includes('p=')) return undefined;
  return decodePathway(codeFromLink(location.hash));
}

/**
 * Server-rendered empty, and woken when the provider reaches for it (`client:interaction`), or
 * as the page loads when the address holds a pathway to reopen (the island is inert until
 * then). Its fields work from first paint: what was typed, ticked or chosen before it woke is
 * read from the page as it wakes (React keeps it on screen but does not report it).
 */
export default function PathwayBuilder({ lessons, pathwayPath, base }: Props) {
  const [title, setTitle] = useState('');
  const [message, setMessage] = useState('');
  const [items, setItems] = useState<Item[]>([]);
  const [paste, setPaste] = useState('');
  const [error, setError] = useState('');
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const form = root.current;
    const field = (id: string) => form?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)?.value ?? '';
    const ticked = new Set([...(form?.querySelectorAll<HTMLInputElement>('.choose-lessons input[type=checkbox]:checked') ?? [])].map((box) => box.value));
    const opened = fromHash();
    const start: Pathway = (opened?.ok ? opened.pathway : undefined) ?? {
      title: field('pathway-title'),
      message: field('pathway-message'),
      items: lessons.filter((l) => ticked.has(l.key)).map((l) => ({ key: l.key })),
    };
    // Once, as the island wakes, from what the page shows (this is the one moment to read it);
    // later changes come through the fields' handlers.
    setTitle(start.title);
    setMessage(start.message ?? '');
    setItems(start.items);
    setPaste(field('paste-link'));
    // A damaged link in the address says so, as a pasted one does; the builder stays usable.
    if (opened && !opened.ok) setError(opened.error);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const [copied, setCopied] = useState(false);
  const byKey = new Map(lessons.map((l) => [l.key, l]));

  const load = (code: string) => {
    const r = decodePathway(code);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError('');
    setTitle(r.pathway.title);
    setMessage(r.pathway.message ?? '');
    setItems(r.pathway.items);
  };

  const valid = title.trim().length > 0 && items.length > 0;
  const pathway: Pathway | undefined = valid ? { title: title.trim(), ...(message.trim() ? { message: message.trim() } : {}), items } : undefined;
  const code = pathway ? encodePathway(pathway) : '';
  const link = valid ? `${location.origin}${pathwayPath}#p=${code}` : '';

  useEffect(() => {
    if (code) history.replaceState(null, '', `#p=${code}`);
  }, [code]);

  // From the list as it is when React applies the change, not as this render saw it: a box ticked
  // as the builder wakes would otherwise be added to the list from before the wake, and the boxes
  // ticked before it were lost (the box then unticked itself).
  const toggle = (key: string, on: boolean) =>
    setItems((current) => (on ? (current.some((i) => i.key === key) ? current : [...current, { key }]) : current.filter((i) => i.key !== key)));

  // Where the keyboard user's focus goes once a move or a removal has re-rendered the list: the
  // moved lesson's arrow (its other arrow when it reached the top or the bottom), or the next
  // lesson's remove button (the lesson's tick box when the list is empty).
  const chosenRef = useRef<HTMLOListElement>(null);
  const pendingFocus = useRef<{ key: string; selectors: string[] } | null>(null);
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const row = [...(chosenRef.current?.children ?? [])].find((li) => li instanceof HTMLElement && li.dataset['key'] === target.key);
    const usable = target.selectors.map((s) => row?.querySelector<HTMLElement>(s)).find((el) => el && !(el as HTMLButtonElement).disabled);
    (usable ?? [...(root.current?.querySelectorAll<HTMLInputElement>('.choose-lessons input') ?? [])].find((box) => box.value === target.key))?.focus();
  }, [items]);

  const move = (from: number, to: number) => {
    const it = items[from];
    if (!it || to < 0 || to >= items.length) return;
    const next = [...items];
    next.splice(from, 1);
    next.splice(to, 0, it);
    const [dir, other] = to < from ? ['up', 'down'] : ['down', 'up'];
    pendingFocus.current = { key: it.key, selectors: [`[data-move="${dir}"]`, `[data-move="${other}"]`] };
    setItems(next);
  };
  const remove = (index: number) => {
    const it = items[index];
    if (!it) return;
    const neighbour = items[index + 1] ?? items[index - 1];
    pendingFocus.current = neighbour ? { key: neighbour.key, selectors: ['[data-remove]'] } : { key: it.key, selectors: [] };
    toggle(it.key, false);
  };

  return (
    <div className="builder" ref={root}>
      <section aria-labelledby="edit-link" className="no-print">
        <h2 id="edit-link">Edit an existing pathway</h2>
        <label htmlFor="paste-link">Paste a pathway link</label>
        <div className="row">
          <input type="text" id="paste-link" value={paste} onChange={(e) => setPaste(e.target.value)} />
          <button type="button" onClick={() => load(codeFromLink(paste))} disabled={!paste.trim()}>
            Open
          </button>
        </div>
        {error && (
          <p className="notice error" role="alert">
            {error}
          </p>
        )}
      </section>

      <section aria-labelledby="details" className="no-print">
        <h2 id="details">1. Name the pathway</h2>
        <label htmlFor="pathway-title">Title learners will see</label>
        <input type="text" id="pathway-title" value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} />
        <label htmlFor="pathway-message">Message to learners (optional)</label>
        <textarea id="pathway-message" rows={3} value={message} maxLength={1000} onChange={(e) => setMessage(e.target.value)} />
      </section>

      <section aria-labelledby="choose" className="no-print">
        <h2 id="choose">2. Choose the lessons</h2>
        <fieldset className="choose-lessons">
          <legend>Report sections, activities, the scenario lab and readings</legend>
          {lessons.map((l) => (
            <label key={l.key} className="check-option">
              <input type="checkbox" value={l.key} checked={items.some((i) => i.key === l.key)} onChange={(e) => toggle(l.key, e.target.checked)} />
              {l.label}: {l.title}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="order" className="no-print">
        <h2 id="order">3. Order and due dates</h2>
        {items.length === 0 ? (
          <p>Choose at least one lesson above.</p>
        ) : (
          <ol id="chosen" className="list-items" ref={chosenRef}>
            {items.map((it, i) => {
              const l = byKey.get(it.key);
              const name = l ? `${l.label}: ${l.title}` : `${it.key} (no longer in the course)`;
              return (
                <li key={it.key} data-key={it.key} className="row chosen-item">
                  <span className="grow">{name}</span>
                  <label className="visually-hidden" htmlFor={`due-${i}`}>
                    Due date for {name}
                  </label>
                  <input
                    type="date"
                    id={`due-${i}`}
                    value={it.due ?? ''}
                    className="input-auto"
                    onChange={(e) =>
                      setItems(
                        items.map((x, j) => {
                          if (j !== i) return x;
                          const { due: _, ...rest } = x;
                          return e.target.value ? { ...rest, due: e.target.value } : rest;
                        }),
                      )
                    }
                  />
                  <MoveControls
                    name={name}
                    index={i}
                    count={items.length}
                    disabled={false}
                    onMove={(to) => move(i, to === 'up' ? i - 1 : i + 1)}
                    onRemove={() => remove(i)}
                  />
                  {l && l.private.length > 0 && (
                    <fieldset className="ask-private" data-ask-private={it.key}>
                      <legend>Private answers in {l.label}: learners leave these out of a hand-in unless they include them. Ask for them?</legend>
                      {l.private.map((b) => (
                        <label key={b.id} className="check-option">
                          <input
                            type="checkbox"
                            checked={it.ask?.includes(b.id) ?? false}
                            onChange={(e) => setItems(items.map((x, j) => (j === i ? withAsk(x, b.id, e.target.checked) : x)))}
                          />
                          Ask for “{b.label}”
                        </label>
                      ))}
                    </fieldset>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section aria-labelledby="share">
        <h2 id="share" className="no-print">
          4. Share it
        </h2>
        {!valid ? (
          <p className="no-print">Give the pathway a title and choose at least one lesson to get its link.</p>
        ) : (
          <>
            <div className="no-print">
              <label htmlFor="pathway-link">Link for learners</label>
              <div className="row">
                <input type="text" id="pathway-link" readOnly value={link} onFocus={(e) => e.target.select()} />
                <button
                  type="button"
                  onClick={() => {
                    void navigator.clipboard?.writeText(link).then(() => setCopied(true));
                  }}
                >
                  Copy
                </button>
              </div>
              {/* Only "Copied." is news: the length changes with every key typed in a title. */}
              <p className="save-status">
                {copied ? 'Copied.' : `The link holds the whole pathway (${link.length} characters); nothing is stored on a server.`}
              </p>
              <p className="visually-hidden" role="status">
                {copied ? 'Copied.' : ''}
              </p>
              <div className="worksheet-toolbar">
                <a className="button" href={`${pathwayPath}#p=${code}`}>
                  Open it as a learner
                </a>
                <button type="button" onClick={() => window.print()}>
                  Print a sheet for learners
                </button>
              </div>
            </div>
            <div className="pathway-sheet">
              <h2>{title}</h2>
              {message && <p className="pre">{message}</p>}
              <ol>
                {items.map((it) => {
                  const l = byKey.get(it.key);
                  return (
                    <li key={it.key}>
                      {l ? `${l.label}: ${l.title}` : it.key}
                      {it.due && <span className="sheet-due"> (due {it.due})</span>}
                      {it.ask && byKey.get(it.key) && <span className="sheet-due"> · asked for: {askedLabels(byKey.get(it.key)!, it.ask).join('; ')}</span>}
                    </li>
                  );
                })}
              </ol>
              <div className="sheet-open">
                <QrCode text={link} label="QR code of the pathway's link" />
                <div>
                  <p>Studying on a phone or tablet? Point its camera at the code.</p>
                  <p>On a computer, open this link in the browser you will use for the course:</p>
                  <p className="sheet-link">{link}</p>
                </div>
              </div>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="lms" className="no-print">
        <h2 id="lms">5. Or download for your LMS</h2>
        <LmsDownload pathway={pathway} lessons={lessons} base={base} />
      </section>
    </div>
  );
}
