/**
 * The session planner: pick lessons and activities, set their minutes, add breaks, reorder
 * (buttons, or Alt+Arrow keys on a row), and see the total against the session's length.
 * The plan saves in this browser as it changes (src/stores/sessions.ts), prints as an agenda
 * with the facilitator notes, and travels as a link that holds the whole plan
 * (src/lib/session-plan.ts). Opening a link never costs the facilitator a plan: a link asks
 * before it replaces a plan on screen, and every plan replaced is kept in "Other plans in this
 * browser", one click away (src/stores/sessions.ts).
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
  $keptPlans,
  $plan,
  addPlanItem,
  clearPlan as clearStoredPlan,
  MAX_KEPT_PLANS,
  movePlanItem,
  openKeptPlan,
  openLinkedPlan,
  removeKeptPlan,
  removePlanItem,
  replacesSomething,
  restoreKeptPlan,
  setPlanDetails,
  setPlanSteps,
  updatePlanItem,
  type KeepResult,
  type KeptPlan,
} from '../../stores/sessions';
import { presentHash } from '../../lib/facilitate/plan-run';
import { useHydrated } from '../worksheet/useAnswer';
import type { NotesFile, PlanOption } from '../../lib/facilitator-catalogue';
import { MinutesField } from './MinutesField';
import { PlanPrint } from './PlanPrint';
import { StepTimes } from './StepTimes';
import { MoveControls } from '../worksheet/ItemControls';

interface Props {
  options: PlanOption[];
  /** Address of this page, for share links. */
  builderPath: string;
  /** Address of guides.json, fetched for the printed notes. */
  notesUrl: string;
}

type Notice = { tone: 'ok' | 'warn' | 'error'; text: string; undo?: () => void };

/** "Cohort 3, session 2", or what a plan without a title is called. */
const planName = (plan: SessionPlan): string => plan.title.trim() || 'Untitled plan';
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const planSummary = (plan: SessionPlan): string => `${plural(plan.items.length, 'item', 'items')}, ${balance(plan).total} of ${plan.length} minutes`;
const whenKept = (ms: number): string => new Date(ms).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** What became of the plan that was on screen, in words that are true for each case. */
function keptSentence(result: KeepResult, outgoing: SessionPlan): string {
  if (result === 'kept') return ` The plan that was on screen, “${planName(outgoing)}”, is kept under “Other plans in this browser”.`;
  if (result === 'already-kept') return ` The plan that was on screen, “${planName(outgoing)}”, was already under “Other plans in this browser”.`;
  return '';
}
const fullSentence = `You already keep ${MAX_KEPT_PLANS} other plans in this browser, the most it holds. Remove one you no longer need under “Other plans in this browser”, then try again. Nothing was changed.`;

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
  const storedKept = useStore($keptPlans);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [adding, setAdding] = useState('');
  const [shared, setShared] = useState<{ link: string; copied: boolean }>();
  const [notes, setNotes] = useState<NotesFile | 'failed'>();
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const pendingFocus = useRef<{ key: number; selector: string } | null>(null);
  const notesRequest = useRef<Promise<NotesFile | 'failed'> | null>(null);
  const [rowKeys, setRowKeys] = useState<number[]>([]);
  /** Rows whose step times are open, by row key. */
  const [openSteps, setOpenSteps] = useState<ReadonlySet<number>>(new Set());
  /** A link's plan to put on screen once the island is up (nothing on screen to lose). */
  const [linked, setLinked] = useState<SessionPlan>();
  /** A plan from a link waiting for the facilitator's answer, as it would replace the one on screen. */
  const [pending, setPending] = useState<{ plan: SessionPlan; notices: Notice[] }>();

  // The server and the first client render show an empty planner, which the learner can use
  // before the island wakes (client:interaction); with a saved plan or a link to open, the
  // island wakes as the page loads and is inert until then.
  const plan = ready ? stored : emptyPlan();
  const kept = ready ? storedKept : [];
  const { items, ...meta } = plan;
  // A plan loaded or changed in another tab gets fresh keys; this tab's own edits keep theirs.
  let keys = rowKeys;
  if (keys.length !== items.length) {
    keys = items.map(() => nextKey++);
    setRowKeys(keys);
  }
  const times = schedule(plan);
  const fit = balance(plan);

  /** What a hash (a shared link) holds, and what to tell the facilitator; null when it holds no plan. */
  const readHash = (hash: string): { plan?: SessionPlan; notices: Notice[] } | null => {
    const fromLink = planFromHash(hash);
    if (fromLink === null) return null;
    if (!fromLink.ok) {
      const own = $plan.get();
      const text = `${fromLink.message}${own.items.length || own.title ? ' Your own saved plan is shown instead.' : ''}`;
      return { notices: [{ tone: 'error', text }] };
    }
    const { plan: resolved, notice } = resolvePlan(
      fromLink.plan,
      (kind, id) => byKey.has(optionKey(kind, id)),
      (kind, id) => byKey.get(optionKey(kind, id))?.steps?.length ?? 0,
    );
    return { plan: resolved, notices: notice ? [{ tone: 'warn', text: notice }] : [] };
  };
  /** The link has been dealt with: a reload should not bring it up again. */
  const forgetHash = () => history.replaceState(null, '', location.pathname + location.search);
  const openPlan = (p: SessionPlan, extra: Notice[]) => {
    const outgoing = $plan.get();
    const result = openLinkedPlan(p);
    if (result === 'full') {
      setNotices([{ tone: 'error', text: `The plan from the link was not opened. ${fullSentence}` }]);
      return false;
    }
    forgetHash();
    setPending(undefined);
    setNotices([{ tone: 'ok', text: `Opened the plan from the link, “${planName(p)}”.${keptSentence(result, outgoing)}` }, ...extra]);
    return true;
  };
  /**
   * Open a link's plan at once when nothing is on screen to lose (a blank planner, or the same
   * plan); otherwise ask first. `now` opens it here (an event); else the effect below does.
   */
  const offer = (opened: { plan?: SessionPlan; notices: Notice[] }, now: boolean) => {
    setShared(undefined);
    if (!opened.plan) {
      setNotices(opened.notices);
      return;
    }
    if (replacesSomething(opened.plan)) {
      setNotices([]);
      setPending({ plan: opened.plan, notices: opened.notices });
      return;
    }
    setPending(undefined);
    const onScreen = JSON.stringify(opened.plan) === JSON.stringify($plan.get());
    const head = onScreen
      ? `This link holds the plan already on screen, “${planName(opened.plan)}”.`
      : `Opened the plan from the link, “${planName(opened.plan)}”.`;
    setNotices([{ tone: 'ok', text: head }, ...opened.notices]);
    if (!now) setLinked(opened.plan);
    else {
      openLinkedPlan(opened.plan);
      forgetHash();
    }
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
    if (opened) offer(opened, false);
    setReady(true);
  }
  useEffect(() => {
    if (!linked) return;
    openLinkedPlan(linked);
    forgetHash();
  }, [linked]);

  // A link pasted into the address bar of an open planner changes only the hash: open it too.
  useEffect(() => {
    if (!ready) return;
    const onHash = () => {
      const opened = readHash(location.hash);
      if (opened) offer(opened, true);
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

  const openKept = (entry: KeptPlan) => {
    const outgoing = $plan.get();
    const result = openKeptPlan(entry.key);
    if (result === 'missing') setNotices([{ tone: 'warn', text: `“${planName(entry.plan)}” is no longer in this browser (removed in another tab?).` }]);
    else if (result === 'full') setNotices([{ tone: 'error', text: fullSentence }]);
    else {
      setShared(undefined);
      setNotices([{ tone: 'ok', text: `Opened “${planName(entry.plan)}”.${keptSentence(result, outgoing)}` }]);
    }
    document.getElementById('plan-heading')?.focus();
  };
  const removeKept = (entry: KeptPlan) => {
    const removed = removeKeptPlan(entry.key);
    if (!removed) return;
    setNotices([{ tone: 'ok', text: `Removed “${planName(removed.plan)}” from this browser.`, undo: () => restoreKeptPlan(removed) }]);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-notices] button')?.focus());
  };
  const clearPlan = () => {
    const outgoing = $plan.get();
    const result = clearStoredPlan();
    if (result === 'full') {
      setNotices([{ tone: 'error', text: `The plan was not cleared. ${fullSentence}` }]);
      return;
    }
    setShared(undefined);
    const entry = $keptPlans.get().find((k) => JSON.stringify(k.plan) === JSON.stringify(outgoing));
    setNotices([
      {
        tone: 'ok',
        text: `The planner is empty.${keptSentence(result, outgoing)}`,
        ...(entry ? { undo: () => openKeptPlan(entry.key) } : {}),
      },
    ]);
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
        {pending && (
          <div className="notice planner-ask" role="group" aria-labelledby="plan-ask-heading">
            <h2 id="plan-ask-heading">Open the plan from this link?</h2>
            <p>
              The link holds “{planName(pending.plan)}” ({planSummary(pending.plan)}). Opening it replaces the plan on screen, “{planName(plan)}”, which will be
              kept under “Other plans in this browser”.
            </p>
            <div className="row">
              <button type="button" className="primary" onClick={() => openPlan(pending.plan, pending.notices)}>
                Open the linked plan
              </button>
              <button
                type="button"
                onClick={() => {
                  setPending(undefined);
                  forgetHash();
                  setNotices([{ tone: 'ok', text: `The link was not opened. “${planName(plan)}” is still on screen.` }]);
                }}
              >
                Keep the plan on screen
              </button>
            </div>
          </div>
        )}
        <div data-notices>
          {notices.map((n, i) => (
            <div key={i} className={`notice ${n.tone === 'ok' ? 'ok' : n.tone === 'error' ? 'error' : ''}`} role={n.tone === 'error' ? 'alert' : 'status'}>
              <p>{n.text}</p>
              {n.undo && (
                <button
                  type="button"
                  onClick={() => {
                    n.undo?.();
                    setNotices([{ tone: 'ok', text: 'Undone.' }]);
                  }}
                >
                  Undo
                </button>
              )}
            </div>
          ))}
        </div>

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
                            {/* The item's place in the plan: presentation mode runs it on the plan's minutes. */}
                            <a href={`${o.presentHref}${presentHash(i + 1, 1)}`} aria-label={`Present: ${name}`}>
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
                            {o.steps && key !== undefined && (
                              <button
                                type="button"
                                className="link"
                                aria-expanded={openSteps.has(key)}
                                aria-controls={openSteps.has(key) ? `plan-steps-${key}` : undefined}
                                aria-label={`Step times: ${name}`}
                                onClick={() => {
                                  const next = new Set(openSteps);
                                  if (!next.delete(key)) next.add(key);
                                  setOpenSteps(next);
                                }}
                              >
                                Step times
                              </button>
                            )}
                          </span>
                        )}
                        {item.steps && o?.steps?.length === item.steps.length && <span className="planner-hint"> Step times set by hand.</span>}
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
                  {item.kind !== 'break' && o?.steps && key !== undefined && openSteps.has(key) && (
                    <StepTimes
                      id={`plan-steps-${key}`}
                      name={name}
                      guide={o.steps}
                      minutes={item.minutes}
                      steps={item.steps}
                      onChange={(steps) => setPlanSteps(i, steps)}
                    />
                  )}
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
        {kept.length > 0 && (
          <section className="planner-kept" aria-labelledby="kept-heading">
            <h2 id="kept-heading">Other plans in this browser</h2>
            <p className="meta">
              Plans you set aside, newest first: each one a link or a clear replaced, or one you switched away from. Opening one puts the plan on screen here in
              its place.
            </p>
            <ul>
              {kept.map((entry) => (
                <li key={entry.key}>
                  <p>
                    <strong>{planName(entry.plan)}</strong>{' '}
                    <span className="planner-hint">
                      {planSummary(entry.plan)}; set aside {whenKept(entry.keptAt)}
                    </span>
                  </p>
                  <div className="row">
                    <button type="button" aria-label={`Open ${planName(entry.plan)}`} onClick={() => openKept(entry)}>
                      Open
                    </button>
                    <button type="button" className="danger" aria-label={`Remove ${planName(entry.plan)}`} onClick={() => removeKept(entry)}>
                      Remove
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        )}
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </div>
      <PlanPrint plan={plan} times={times} labelOf={labelOf} options={byKey} notes={notes === 'failed' ? undefined : notes} />
    </div>
  );
}
