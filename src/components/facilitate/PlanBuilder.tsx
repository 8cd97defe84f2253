/**
 * The session planner: pick lessons and activities, set their minutes, add breaks, reorder
 * (buttons, or Alt+Arrow keys on a row), and see the total against the session's length.
 * The plan saves in this browser as it changes (src/stores/sessions.ts), prints as an agenda
 * with the facilitator notes, and travels as a link that holds the whole plan
 * (src/lib/session-plan.ts). Opening a link never costs the facilitator their own plan: it
 * is kept as the earlier plan, one click away.
 */
import { url } from '../../lib/paths';
import { useStore } from '@nanostores/react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  balance,
  balanceText,
  emptyPlan,
  MAX_ITEMS,
  MAX_SESSION_MINUTES,
  MIN_SESSION_MINUTES,
  moveItem,
  planFromHash,
  planLink,
  resolvePlan,
  schedule,
  type PlanItem,
  type SessionPlan,
} from '../../lib/session-plan';
import {
  $plan,
  $previousPlan,
  addPlanItem,
  clearPlan as clearStoredPlan,
  movePlanItem,
  keepsOwnPlan,
  openLinkedPlan,
  removePlanItem,
  setPlanDetails,
  swapWithPrevious,
  updatePlanItem,
} from '../../stores/sessions';
import { useHydrated } from '../worksheet/useAnswer';
import type { NotesFile, PlanOption } from './catalogue';
import { MinutesField } from './MinutesField';
import { PlanPrint } from './PlanPrint';
import { MoveControls } from '../worksheet/ItemControls';

interface Props {
  options: PlanOption[];
  /** Address of this page, for share links. */
  builderPath: string;
  /** Address of guides.json, fetched for the printed notes. */
  notesUrl: string;
}

type Notice = { tone: 'ok' | 'warn' | 'error'; text: string; action?: 'restore' | 'undo-clear' };

const optionKey = (kind: string, id: string) => `${kind}/${id}`;
/** React keys for the rows, so focus follows an item the keyboard user moves. */
let nextKey = 1;

/** The facilitator notes (guides.json), or 'failed' when they cannot be fetched. */
async function loadNotes(address: string): Promise<NotesFile | 'failed'> {
  try {
    const response = await fetch(address);
    return response.ok ? ((await response.json()) as NotesFile) : 'failed';
  } catch {
    return 'failed';
  }
}

/** False where the clipboard is unavailable (an insecure page) or refused; the link is shown either way. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export default function PlanBuilder({ options, builderPath, notesUrl }: Props) {
  const hydrated = useHydrated();
  const byKey = useMemo(() => new Map(options.map((o) => [optionKey(o.kind, o.id), o])), [options]);
  const [ready, setReady] = useState(false);
  const stored = useStore($plan);
  const previous = useStore($previousPlan);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [adding, setAdding] = useState('');
  const [shared, setShared] = useState<{ link: string; copied: boolean }>();
  const [notes, setNotes] = useState<NotesFile | 'failed'>();
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const pendingFocus = useRef<{ key: number; selector: string } | null>(null);
  const notesRequest = useRef<Promise<NotesFile | 'failed'> | null>(null);
  const [rowKeys, setRowKeys] = useState<number[]>([]);
  const [linked, setLinked] = useState<SessionPlan>();

  // The server and the first client render show an empty planner, which the learner can use
  // before the island wakes (client:interaction); with a saved plan or a link to open, the
  // island wakes as the page loads and is inert until then.
  const plan = ready ? stored : emptyPlan();
  const { items, ...meta } = plan;
  // A plan loaded or changed in another tab gets fresh keys; this tab's own edits keep theirs.
  let keys = rowKeys;
  if (keys.length !== items.length) {
    keys = items.map(() => nextKey++);
    setRowKeys(keys);
  }
  const times = schedule(plan);
  const fit = balance(plan);

  /** What a hash (a shared link) opens, and what to tell the facilitator; null when it holds no plan. */
  const readHash = (hash: string): { plan?: SessionPlan; notices: Notice[] } | null => {
    const fromLink = planFromHash(hash);
    if (fromLink === null) return null;
    if (!fromLink.ok) {
      const own = $plan.get();
      const text = `${fromLink.message}${own.items.length || own.title ? ' Your own saved plan is shown instead.' : ''}`;
      return { notices: [{ tone: 'error', text }] };
    }
    const { plan: resolved, notice } = resolvePlan(fromLink.plan, (kind, id) => byKey.has(optionKey(kind, id)));
    const notices: Notice[] = [
      keepsOwnPlan(resolved)
        ? { tone: 'ok', text: 'Opened the plan from the link. The plan you had before is kept.', action: 'restore' }
        : { tone: 'ok', text: 'Opened the plan from the link.' },
    ];
    if (notice) notices.push({ tone: 'warn', text: notice });
    return { plan: resolved, notices };
  };
  const openPlan = (p: SessionPlan) => {
    openLinkedPlan(p);
    // The plan now lives in this browser; a reload should not open the link again.
    history.replaceState(null, '', location.pathname + location.search);
  };

  // What was typed or chosen in the server-rendered form before the island woke: the DOM keeps
  // it through hydration, and the plan takes it now (the form showed the empty plan).
  const sessionFields = useRef<HTMLFieldSetElement>(null);
  const addSelect = useRef<HTMLSelectElement>(null);
  useLayoutEffect(() => {
    const field = (name: string) => sessionFields.current?.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value;
    const blank = emptyPlan();
    const early: Partial<Omit<SessionPlan, 'items'>> = {};
    const title = field('title');
    if (title && title !== blank.title) early.title = title;
    const start = field('start');
    if (start && start !== blank.start) early.start = start;
    const length = Number(field('length'));
    if (Number.isInteger(length) && length !== blank.length && length >= MIN_SESSION_MINUTES && length <= MAX_SESSION_MINUTES) early.length = length;
    if (Object.keys(early).length) setPlanDetails(early);
    const chosen = addSelect.current?.value;
    if (chosen) setAdding(chosen);
  }, []);

  // First client render after hydration: read the address (state is set during render, React's
  // pattern for deriving state once); the writes to the store and history wait for the effect.
  if (hydrated && !ready) {
    const opened = readHash(location.hash);
    setNotices(opened?.notices ?? []);
    if (opened?.plan) setLinked(opened.plan);
    setReady(true);
  }
  useEffect(() => {
    if (linked) openPlan(linked);
  }, [linked]);

  // A link pasted into the address bar of an open planner changes only the hash: open it too.
  useEffect(() => {
    if (!ready) return;
    const onHash = () => {
      const opened = readHash(location.hash);
      if (!opened) return;
      if (opened.plan) openPlan(opened.plan);
      setNotices(opened.notices);
      setShared(undefined);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  });

  // Fetch the facilitator notes for the printed agenda once the planner is up.
  const fetchNotes = () => {
    notesRequest.current ??= loadNotes(notesUrl).then((n) => {
      setNotes(n);
      return n;
    });
    return notesRequest.current;
  };
  useEffect(() => {
    if (ready) void fetchNotes();
    // fetchNotes only reads a ref and a prop that never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);

  // Put focus back where the keyboard user was after a move or removal re-renders the list.
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-row="${target.key}"]`);
    // A row moved to the top or the bottom has that arrow disabled: stay on the row's other arrow.
    const other = target.selector.replace(/"(up|down)"/, (_, d: string) => (d === 'up' ? '"down"' : '"up"'));
    const usable = [target.selector, other, 'input']
      .map((selector) => row?.querySelector<HTMLElement>(selector))
      .find((el) => el && !(el as HTMLButtonElement).disabled);
    usable?.focus();
  }, [items]);

  const labelOf = (item: PlanItem) => {
    if (item.kind === 'break') return item.title || 'Break';
    const o = byKey.get(optionKey(item.kind, item.id));
    return o ? `${o.label}: ${o.title}` : item.id;
  };

  const move = (from: number, to: number, selector: string) => {
    if (to < 0 || to >= items.length) return;
    const item = items[from];
    const key = keys[from];
    if (!item || key === undefined) return;
    pendingFocus.current = { key, selector };
    setRowKeys(moveItem(keys, from, to));
    movePlanItem(from, to);
    setAnnouncement(`${labelOf(item)} moved to position ${to + 1} of ${items.length}.`);
  };
  const remove = (index: number) => {
    const item = items[index];
    if (!item) return;
    const neighbour = keys[index + 1] ?? keys[index - 1];
    if (neighbour !== undefined) pendingFocus.current = { key: neighbour, selector: '[data-remove]' };
    setRowKeys(keys.filter((_, i) => i !== index));
    removePlanItem(index);
    setAnnouncement(`${labelOf(item)} removed.`);
    if (neighbour === undefined) requestAnimationFrame(() => document.getElementById('plan-add')?.focus());
  };

  const add = (item: PlanItem) => {
    const key = nextKey++;
    if (!addPlanItem(item)) return;
    setRowKeys([...keys, key]);
    pendingFocus.current = { key, selector: 'input' };
    setAnnouncement(`${labelOf(item)} added, ${item.minutes} minutes.`);
  };
  const addSelected = () => {
    const o = byKey.get(adding);
    if (o) add({ kind: o.kind, id: o.id, minutes: o.minutes });
  };

  const onRowKey = (e: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const direction = (e.target as HTMLElement).dataset['move'];
    const selector = direction ? `[data-move="${direction}"]` : 'input';
    move(index, e.key === 'ArrowUp' ? index - 1 : index + 1, selector);
  };

  const restorePrevious = () => {
    if (!swapWithPrevious()) return;
    setNotices([
      { tone: 'ok', text: 'Back to your earlier plan. The plan from the link is kept as the earlier plan, in case you want it again.', action: 'restore' },
    ]);
  };
  const undoClear = () => {
    if (!swapWithPrevious()) return;
    setNotices([{ tone: 'ok', text: 'The plan is back.' }]);
  };
  const clearPlan = () => {
    clearStoredPlan();
    setShared(undefined);
    setNotices([{ tone: 'ok', text: 'The plan was cleared.', action: 'undo-clear' }]);
  };

  const share = async () => {
    const link = planLink(new URL(builderPath, location.href).href, plan);
    setShared({ link, copied: await copyText(link) });
  };

  const print = async () => {
    await fetchNotes();
    // Let React paint the notes before the print dialog takes its snapshot.
    requestAnimationFrame(() => window.print());
  };

  const groups: [string, PlanOption[]][] = [
    ['Activities', options.filter((o) => o.kind === 'activity')],
    ['Scenario lab', options.filter((o) => o.kind === 'scenario')],
    ['Report lessons', options.filter((o) => o.kind === 'section')],
    ['Companion readings', options.filter((o) => o.kind === 'reading')],
  ];

  return (
    <div className="planner">
      <div className="planner-edit no-print">
        {!ready && <p className="save-status while-inert">Loading your saved plan…</p>}
        {notices.map((n, i) => (
          <div key={i} className={`notice ${n.tone === 'ok' ? 'ok' : n.tone === 'error' ? 'error' : ''}`} role={n.tone === 'error' ? 'alert' : 'status'}>
            <p>{n.text}</p>
            {n.action === 'restore' && previous && (
              <button type="button" onClick={restorePrevious}>
                Switch to the other plan
              </button>
            )}
            {n.action === 'undo-clear' && previous && (
              <button type="button" onClick={undoClear}>
                Undo
              </button>
            )}
          </div>
        ))}

        <fieldset className="planner-session" ref={sessionFields}>
          <legend>The session</legend>
          <div className="planner-fields">
            <label className="planner-title">
              <span>
                Title <span className="planner-hint">(optional)</span>
              </span>
              <input type="text" name="title" maxLength={120} value={meta.title} onChange={(e) => setPlanDetails({ title: e.target.value })} />
            </label>
            <label>
              Length in minutes
              <MinutesField
                value={meta.length}
                min={MIN_SESSION_MINUTES}
                max={MAX_SESSION_MINUTES}
                name="length"
                onChange={(length) => setPlanDetails({ length })}
              />
            </label>
            <label>
              <span>
                Starts at <span className="planner-hint">(optional)</span>
              </span>
              <input type="time" name="start" value={meta.start} onChange={(e) => setPlanDetails({ start: e.target.value })} />
            </label>
          </div>
        </fieldset>

        <div className="planner-add">
          <label htmlFor="plan-add">Add to the session</label>
          <div className="row">
            <select id="plan-add" ref={addSelect} value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="">Choose an activity or lesson…</option>
              {groups.map(([name, opts]) => (
                <optgroup key={name} label={name}>
                  {opts.map((o) => (
                    <option key={optionKey(o.kind, o.id)} value={optionKey(o.kind, o.id)}>
                      {o.label}: {o.title} ({o.minutes} min)
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <button type="button" className="primary" disabled={!adding || items.length >= MAX_ITEMS} onClick={addSelected}>
              Add
            </button>
            <button type="button" disabled={items.length >= MAX_ITEMS} onClick={() => add({ kind: 'break', title: 'Break', minutes: 10 })}>
              Add a break
            </button>
          </div>
          {items.length >= MAX_ITEMS && <p className="meta">A plan holds at most {MAX_ITEMS} items.</p>}
        </div>

        <h2 id="agenda-heading">Agenda</h2>
        <p className="meta">Move an item with its arrow buttons, or with Alt and the up or down arrow key while you are in its row.</p>
        {items.length === 0 ? (
          <p className="planner-empty">Nothing planned yet. Add an activity, a lesson or a break above.</p>
        ) : (
          <ol className="planner-list" ref={listRef} aria-labelledby="agenda-heading">
            {items.map((item, i) => {
              const key = keys[i];
              const o = item.kind === 'break' ? undefined : byKey.get(optionKey(item.kind, item.id));
              const name = labelOf(item);
              const t = times[i];
              return (
                <li key={key} data-row={key} className={`planner-item${item.kind === 'break' ? ' is-break' : ''}`} onKeyDown={(e) => onRowKey(e, i)}>
                  <p className="planner-time">
                    {t?.from}–{t?.to}
                  </p>
                  <div className="planner-what">
                    {item.kind === 'break' ? (
                      <label>
                        <span className="visually-hidden">Name of item {i + 1} (a break)</span>
                        <input type="text" maxLength={80} value={item.title} onChange={(e) => updatePlanItem(i, { title: e.target.value })} />
                      </label>
                    ) : (
                      <>
                        <a href={o?.guideHref ?? o?.lessonHref} className="planner-name">
                          {name}
                        </a>
                        {o && o.minutes !== item.minutes && (
                          <span className="planner-hint">
                            {' '}
                            ({o.presentHref ? 'guide' : 'reading time'}: {o.minutes} min)
                          </span>
                        )}
                        {o?.presentHref && (
                          <span className="planner-links">
                            {/* Named in full for a screen reader's list of links; the name starts with the visible word. */}
                            <a href={o.presentHref} aria-label={`Present: ${name}`}>
                              Present
                            </a>
                            {o.handoutHref && (
                              <a href={o.handoutHref} aria-label={`${o.handoutLabel ?? 'Handout'}: ${name}`}>
                                {o.handoutLabel ?? 'Handout'}
                              </a>
                            )}
                            <a href={url(`/facilitate/board/#activity=${item.kind}/${item.id}`)} aria-label={`Board: ${name}`}>
                              Board
                            </a>
                          </span>
                        )}
                      </>
                    )}
                  </div>
                  <label className="planner-minutes">
                    <span className="visually-hidden">Minutes for {name}</span>
                    <MinutesField value={item.minutes} min={1} max={240} onChange={(minutes) => updatePlanItem(i, { minutes })} />
                    <span aria-hidden="true">min</span>
                  </label>
                  <div className="planner-buttons">
                    <MoveControls
                      name={name}
                      index={i}
                      count={items.length}
                      disabled={false}
                      onMove={(to) => move(i, to === 'up' ? i - 1 : i + 1, `[data-move="${to}"]`)}
                      onRemove={() => remove(i)}
                    />
                  </div>
                </li>
              );
            })}
          </ol>
        )}

        <div className={`planner-total is-${fit.status}`}>
          {/* Drawn with SVG attributes, not a style attribute, which the site's CSP blocks. */}
          <svg className="planner-bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect width={Math.min(100, (fit.total / Math.max(1, fit.length)) * 100)} height="1" />
          </svg>
          <p aria-live="polite" data-plan-total>
            {balanceText(plan)}
          </p>
        </div>

        <div className="planner-actions">
          <button type="button" className="primary" disabled={items.length === 0} onClick={() => void print()}>
            Print the agenda with notes
          </button>
          <button type="button" disabled={items.length === 0} onClick={() => void share()}>
            Share as a link
          </button>
          <button type="button" className="danger" disabled={items.length === 0 && !meta.title} onClick={clearPlan}>
            Clear the plan
          </button>
        </div>
        {shared && (
          <div className="planner-share">
            <label htmlFor="plan-link">Link to this plan{shared.copied ? ' (copied)' : ''}</label>
            <input id="plan-link" type="text" readOnly value={shared.link} onFocus={(e) => e.target.select()} />
            <p className="meta">
              {shared.copied ? 'The link is on your clipboard.' : 'Copy the link above.'} It holds the whole plan; whoever opens it gets their own copy to
              change. Later changes need a new link.
            </p>
          </div>
        )}
        {notes === 'failed' && <p className="notice">The facilitator notes could not be loaded, so the agenda prints without them.</p>}
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </div>
      <PlanPrint plan={plan} times={times} labelOf={labelOf} options={byKey} notes={notes === 'failed' ? undefined : notes} />
    </div>
  );
}
