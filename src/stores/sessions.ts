/**
 * Session plans a facilitator is working on, saved in this browser as they are edited.
 * `current` is the plan in the builder; `previous` keeps the plan a shared link or a clear
 * replaced, so opening someone's link never costs the facilitator their own plan. The builder
 * only calls the actions below, so every change is saved at once and reaches other tabs.
 */
import { computed } from 'nanostores';
import { emptyPlan, MAX_ITEMS, moveItem, sessionPlan, type PlanItem, type SessionPlan } from '../lib/session-plan';
import { persistedMap } from './persisted';

export const SESSIONS_PREFIX = 'course:v1:sessions:';
export type SessionSlot = 'current' | 'previous';

export const $sessions = persistedMap<SessionPlan>(SESSIONS_PREFIX, sessionPlan);

/** The plan in the builder: the saved one, or an empty plan. */
export const $plan = computed($sessions, (s): SessionPlan => s['current'] ?? emptyPlan());
/** The plan a link or a clear replaced, if any. */
export const $previousPlan = computed($sessions, (s): SessionPlan | undefined => s['previous']);

export function savePlan(slot: SessionSlot, plan: SessionPlan | undefined): void {
  $sessions.setKey(slot, plan);
}

const edit = (change: (plan: SessionPlan) => SessionPlan): void => savePlan('current', change($plan.get()));

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

/** Change an item's minutes, or a break's title. */
export function updatePlanItem(index: number, change: { minutes?: number; title?: string }): void {
  edit((plan) => ({
    ...plan,
    items: plan.items.map((item, i) => {
      if (i !== index) return item;
      const minutes = change.minutes ?? item.minutes;
      return item.kind === 'break' ? { ...item, minutes, title: change.title ?? item.title } : { ...item, minutes };
    }),
  }));
}

/** Empty the plan, keeping what it held as the previous plan (so the clear can be undone). */
export function clearPlan(): void {
  savePlan('previous', $plan.get());
  savePlan('current', emptyPlan());
}

/** Swap the current and the previous plan; false when there is no previous plan. */
export function swapWithPrevious(): boolean {
  const previous = $previousPlan.get();
  if (!previous) return false;
  savePlan('previous', $plan.get());
  savePlan('current', previous);
  return true;
}

/** Whether opening this plan from a link keeps the facilitator's own plan as the previous one. */
export function keepsOwnPlan(linked: SessionPlan): boolean {
  const own = $sessions.get()['current'];
  return own !== undefined && own.items.length > 0 && JSON.stringify(own) !== JSON.stringify(linked);
}

/**
 * Open a plan from a shared link. The facilitator's own plan is kept as the previous plan when
 * it holds anything and differs from the link's (`keepsOwnPlan`).
 */
export function openLinkedPlan(linked: SessionPlan): void {
  const own = $sessions.get()['current'];
  if (own && keepsOwnPlan(linked)) savePlan('previous', own);
  savePlan('current', linked);
}
