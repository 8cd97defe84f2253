/**
 * Session plans a facilitator is working on, saved in this browser as they are edited.
 * `current` is the plan in the builder; `previous` keeps the plan a shared link replaced, so
 * opening someone's link never costs the facilitator their own plan.
 */
import { sessionPlan, type SessionPlan } from '../lib/session-plan';
import { persistedMap } from './persisted';

export const SESSIONS_PREFIX = 'course:v1:sessions:';
export type SessionSlot = 'current' | 'previous';

export const $sessions = persistedMap<SessionPlan>(SESSIONS_PREFIX, sessionPlan);

export function savePlan(slot: SessionSlot, plan: SessionPlan | undefined): void {
  $sessions.setKey(slot, plan);
}
