/**
 * Session plans a facilitator is working on, saved in this browser as they are edited.
 * `current` is the plan in the planner. Every plan that something replaces (a shared link, a
 * clear, opening another saved plan) is first kept under its own `kept-<ms>` key, so no number
 * of links costs the facilitator a plan they made or edited, and each stays one click away.
 * The planner only calls the actions below, so every change is saved at once and reaches
 * other tabs. Up to version 8 of the course a single `previous` slot held one replaced plan:
 * `migrateSessions` moves it into the list (tests/fixtures/stored-plans-v1.json).
 */
import { computed } from 'nanostores';
import { scaleSteps } from '../lib/facilitate/plan-run';
import { emptyPlan, MAX_ITEM_MINUTES, MAX_ITEMS, moveItem, sessionPlan, type PlanItem, type SessionPlan } from '../lib/session-plan';
import { SESSIONS_PREFIX } from './keys';
import { persistedMap } from './persisted';

export { SESSIONS_PREFIX };
/** More than a facilitator keeps by hand; past it, nothing is set aside (or lost) until one is removed. */
export const MAX_KEPT_PLANS = 30;
const KEPT = 'kept-';
const LEGACY_PREVIOUS = 'previous';

export const $sessions = persistedMap<SessionPlan>(SESSIONS_PREFIX, sessionPlan);

export interface KeptPlan {
  /** The storage field, `kept-<ms>`: what `openKeptPlan` and `removeKeptPlan` take. */
  key: string;
  /** When it was set aside (epoch ms). */
  keptAt: number;
  plan: SessionPlan;
}

/** The plan in the builder: the saved one, or an empty plan. */
export const $plan = computed($sessions, (s): SessionPlan => (Object.hasOwn(s, 'current') ? s['current'] : undefined) ?? emptyPlan());
/** The plans set aside, newest first. */
export const $keptPlans = computed($sessions, (s): KeptPlan[] =>
  Object.keys(s)
    .filter((key) => key.startsWith(KEPT) && s[key] !== undefined)
    .map((key) => ({ key, keptAt: Number(key.slice(KEPT.length).split('-')[0]) || 0, plan: s[key] as SessionPlan }))
    .sort((a, b) => b.keptAt - a.keptAt || b.key.localeCompare(a.key)),
);

const same = (a: SessionPlan, b: SessionPlan) => JSON.stringify(a) === JSON.stringify(b);
/** A plan with nothing in it but the defaults: nothing to lose. */
export const isBlankPlan = (plan: SessionPlan): boolean => same(plan, emptyPlan());

export type KeepResult = 'kept' | 'already-kept' | 'blank' | 'full';

/** Set a plan aside in the list (unless it is blank or the same as one already there). */
function keep(plan: SessionPlan): KeepResult {
  if (isBlankPlan(plan)) return 'blank';
  const kept = $keptPlans.get();
  if (kept.some((k) => same(k.plan, plan))) return 'already-kept';
  if (kept.length >= MAX_KEPT_PLANS) return 'full';
  let key = `${KEPT}${Date.now()}`;
  for (let n = 2; Object.hasOwn($sessions.get(), key); n++) key = `${KEPT}${Date.now()}-${n}`;
  $sessions.setKey(key, plan);
  return 'kept';
}

/**
 * Put `next` on screen, keeping the plan it replaces. Returns what happened to the plan that was
 * on screen; on 'full' nothing changes.
 */
function replaceCurrent(next: SessionPlan): KeepResult {
  const outgoing = $plan.get();
  const result = same(outgoing, next) ? 'already-kept' : keep(outgoing);
  if (result !== 'full') $sessions.setKey('current', next);
  return result;
}

const edit = (change: (plan: SessionPlan) => SessionPlan): void => $sessions.setKey('current', change($plan.get()));

/** Title, length or start time. */
export function setPlanDetails(details: Partial<Omit<SessionPlan, 'items'>>): void {
  edit((plan) => ({ ...plan, ...details }));
}

/** Adds an item at the end; false when the plan is full. */
export function addPlanItem(item: PlanItem): boolean {
  if ($plan.get().items.length >= MAX_ITEMS) return false;
  edit((plan) => ({ ...plan, items: [...plan.items, item] }));
  return true;
}

export function removePlanItem(index: number): void {
  edit((plan) => ({ ...plan, items: plan.items.filter((_, i) => i !== index) }));
}

export function movePlanItem(from: number, to: number): void {
  edit((plan) => ({ ...plan, items: moveItem(plan.items, from, to) }));
}

/**
 * Change an item's minutes, or a break's title. An activity whose step times were set by hand
 * keeps their proportions: they are scaled to the new minutes (and go back to the guide's
 * times only when the minutes are fewer than its steps).
 */
export function updatePlanItem(index: number, change: { minutes?: number; title?: string }): void {
  edit((plan) => ({
    ...plan,
    items: plan.items.map((item, i) => {
      if (i !== index) return item;
      const minutes = change.minutes ?? item.minutes;
      if (item.kind === 'break') return { ...item, minutes, title: change.title ?? item.title };
      if (!item.steps || minutes === item.minutes) return { ...item, minutes };
      const steps = scaleSteps(item.steps, minutes);
      if (steps.reduce((a, b) => a + b, 0) === minutes) return { ...item, minutes, steps };
      const { steps: _fewer, ...rest } = item;
      return { ...rest, minutes };
    }),
  }));
}

/**
 * Set an activity's step minutes by hand: the item's minutes become their total. `undefined`
 * goes back to the guide's times, scaled to the item's minutes ("Scale to fit").
 */
export function setPlanSteps(index: number, steps: number[] | undefined): void {
  // Only what a plan can hold (the planner's fields keep to it): whole minutes, a total within an item's.
  if (steps && (steps.length === 0 || !steps.every((m) => Number.isInteger(m) && m >= 1) || steps.reduce((a, b) => a + b, 0) > MAX_ITEM_MINUTES)) return;
  edit((plan) => ({
    ...plan,
    items: plan.items.map((item, i) => {
      if (i !== index || item.kind === 'break') return item;
      if (steps === undefined) {
        const { steps: _handSet, ...rest } = item;
        return rest;
      }
      return { ...item, steps: [...steps], minutes: steps.reduce((a, b) => a + b, 0) };
    }),
  }));
}

/** Empty the planner, keeping what it held in the list (so the clear can be undone). */
export function clearPlan(): KeepResult {
  return replaceCurrent(emptyPlan());
}

/** Whether putting `linked` on screen would replace a plan worth asking about. */
export function replacesSomething(linked: SessionPlan): boolean {
  const own = $plan.get();
  return !isBlankPlan(own) && !same(own, linked);
}

/** Open a plan from a shared link; the plan on screen is kept first. */
export function openLinkedPlan(linked: SessionPlan): KeepResult {
  return replaceCurrent(linked);
}

/** Open a kept plan: it leaves the list, and the plan on screen takes its place there. */
export function openKeptPlan(key: string): KeepResult | 'missing' {
  const chosen = Object.hasOwn($sessions.get(), key) && key.startsWith(KEPT) ? $sessions.get()[key] : undefined;
  if (!chosen) return 'missing';
  $sessions.setKey(key, undefined);
  const result = replaceCurrent(chosen);
  if (result === 'full') $sessions.setKey(key, chosen);
  return result;
}

/** Drop a kept plan from the list; returns it, to undo with `restoreKeptPlan`. */
export function removeKeptPlan(key: string): KeptPlan | undefined {
  const found = $keptPlans.get().find((k) => k.key === key);
  if (found) $sessions.setKey(key, undefined);
  return found;
}

export function restoreKeptPlan(kept: KeptPlan): void {
  if (!Object.hasOwn($sessions.get(), kept.key) || $sessions.get()[kept.key] === undefined) $sessions.setKey(kept.key, kept.plan);
}

/** The one `previous` slot of earlier versions becomes an entry in the list. */
export function migrateSessions(): void {
  const s = $sessions.get();
  const previous = Object.hasOwn(s, LEGACY_PREVIOUS) ? s[LEGACY_PREVIOUS] : undefined;
  if (!previous) return;
  const result = keep(previous);
  // Full (thirty plans already kept) cannot happen in a store that had only the one slot; keep the slot then.
  if (result !== 'full') $sessions.setKey(LEGACY_PREVIOUS, undefined);
}
if (typeof window !== 'undefined') migrateSessions();
