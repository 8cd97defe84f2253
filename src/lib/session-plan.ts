/**
 * Session plans for facilitated cohorts: which lessons, activities and breaks a session holds,
 * in what order and for how many minutes, and the link that shares a plan. A link carries the
 * whole plan, compact and versioned: `#plan=v2.<base64url of a short JSON>` (the envelope,
 * kind letters and older forms are the link codec's, ./link-codec.ts). Decoding never
 * throws: a damaged, truncated or newer-version link gives a message the page can show.
 * Pure: no browser APIs beyond TextEncoder and btoa/atob, which Node has too.
 */
import * as z from 'zod/mini';
import { decodeLink, encodeLink, kindLetters, kindOfLetter, LINK_VERSION } from './link-codec';

export const MAX_ITEMS = 40;
export const MAX_ITEM_MINUTES = 240;
export const MIN_SESSION_MINUTES = 5;
export const MAX_SESSION_MINUTES = 600;
export const DEFAULT_SESSION_MINUTES = 90;
/** More steps than any facilitator guide has (they have 2 to 8): a bound for links and storage. */
export const MAX_STEPS = 20;
/** Links longer than this are refused unread: no plan within the limits comes near it. */
export const MAX_LINK_CHARS = 12_000;

export type LessonItemKind = 'section' | 'activity' | 'reading' | 'scenario';

export interface LessonItem {
  kind: LessonItemKind;
  id: string;
  minutes: number;
  /**
   * An activity's step minutes set by hand in the planner, one per step of its guide, adding up
   * to `minutes`. Absent: presentation mode scales the guide's times to `minutes`.
   */
  steps?: number[] | undefined;
}
export interface BreakItem {
  kind: 'break';
  title: string;
  minutes: number;
}
export type PlanItem = LessonItem | BreakItem;

export interface SessionPlan {
  /** e.g. "Cohort 3, session 2"; may be empty. */
  title: string;
  /** How long the session is, in minutes. */
  length: number;
  /** Start time "HH:MM" for clock times on the agenda, or "" for times from the start. */
  start: string;
  items: PlanItem[];
}

const stableIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const minutes = z.int().check(z.minimum(1), z.maximum(MAX_ITEM_MINUTES));
const title = z.string().check(z.maxLength(120));
const id = z.string().check(z.maxLength(80), z.regex(stableIdPattern));
const startTime = z.union([z.literal(''), z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/))]);
const length = z.int().check(z.minimum(MIN_SESSION_MINUTES), z.maximum(MAX_SESSION_MINUTES));

const stepMinutes = z.array(minutes).check(z.minLength(1), z.maxLength(MAX_STEPS));
/** Only the guided kinds have steps, and hand-set steps add up to the item's minutes. */
export const stepsFit = (kind: string, total: number, steps: readonly number[] | undefined): boolean =>
  steps === undefined || ((kind === 'activity' || kind === 'scenario') && steps.reduce((a, b) => a + b, 0) === total);
const lessonItem = z
  .strictObject({ kind: z.enum(['section', 'activity', 'reading', 'scenario']), id, minutes, steps: z.optional(stepMinutes) })
  .check(z.refine((item) => stepsFit(item.kind, item.minutes, item.steps), { message: "the step minutes do not add up to the item's minutes" }));
const breakItem = z.strictObject({ kind: z.literal('break'), title: z.string().check(z.maxLength(80)), minutes });

/** A plan as the browser stores it (src/stores/sessions.ts). */
export const sessionPlan = z.strictObject({
  title,
  length,
  start: startTime,
  items: z.array(z.union([lessonItem, breakItem])).check(z.maxLength(MAX_ITEMS)),
});

export function emptyPlan(): SessionPlan {
  return { title: '', length: DEFAULT_SESSION_MINUTES, start: '', items: [] };
}

// ---- The link format -------------------------------------------------------------------

/**
 * The payload, the same in link versions 1 and 2: [kind letter, id or break title, minutes],
 * and for an activity whose step times were set by hand a fourth entry, its step minutes.
 */
const wireRef = z.string().check(z.maxLength(80));
const wireLetter = z.string().check(z.length(1));
const wire = z.strictObject({
  t: z.optional(title),
  l: length,
  s: z.optional(startTime),
  i: z.array(z.union([z.tuple([wireLetter, wireRef, minutes]), z.tuple([wireLetter, wireRef, minutes, stepMinutes])])).check(z.maxLength(MAX_ITEMS)),
});
type Wire = z.infer<typeof wire>;

/** The plan as the text after `#plan=`: "v2." and the base64url JSON. */
export function encodePlan(plan: SessionPlan): string {
  const payload: Wire = {
    ...(plan.title ? { t: plan.title } : {}),
    l: plan.length,
    ...(plan.start ? { s: plan.start } : {}),
    i: plan.items.map((item) =>
      item.kind !== 'break' && item.steps
        ? [kindLetters[item.kind], item.id, item.minutes, item.steps]
        : [kindLetters[item.kind], item.kind === 'break' ? item.title : item.id, item.minutes],
    ),
  };
  return encodeLink(payload);
}

/** A link to the plan builder that opens this plan: `<builderUrl>#plan=v1.…`. */
export function planLink(builderUrl: string, plan: SessionPlan): string {
  return `${builderUrl.split('#')[0]}#plan=${encodePlan(plan)}`;
}

export type DecodeProblem = 'malformed' | 'future-version';
export type DecodeResult = { ok: true; plan: SessionPlan } | { ok: false; problem: DecodeProblem; message: string };

const damaged = (detail: string): DecodeResult => ({
  ok: false,
  problem: 'malformed',
  message: `This plan link is damaged or incomplete (${detail}), so it cannot be opened. Ask for the link again, or copy the whole address, including everything after "#plan=".`,
});

/**
 * Read a plan from a link's encoded part ("v2.…", or "v1.…" from before). Accepts a whole
 * address or hash too. Never throws; a bad link gives a message that says what went wrong.
 */
export function decodePlan(input: string): DecodeResult {
  const encoded = extractEncoded(input.trim());
  if (!encoded) return damaged('there is no plan in it');
  const link = decodeLink(encoded, 'plan', MAX_LINK_CHARS);
  if (!link.ok) {
    if (link.problem !== 'future-version') return damaged(link.detail);
    return {
      ok: false,
      problem: 'future-version',
      message: `This plan link was made with a newer version of the course (plan format v${link.version}; this course reads v${LINK_VERSION}). Open it in the current course, or ask whoever shared it for a printed agenda. Nothing here was changed.`,
    };
  }
  const parsed = wire.safeParse(link.payload);
  if (!parsed.success) return damaged('the plan does not have the expected fields');
  const items: PlanItem[] = [];
  for (const [letter, ref, mins, steps] of parsed.data.i) {
    const kind = kindOfLetter(letter, 'plan', link.version);
    if (!kind) return damaged(`"${letter}" is not a kind of item`);
    if (!stepsFit(kind, mins, steps)) return damaged(`the step minutes of "${ref.slice(0, 40)}" do not add up to its ${mins} minutes`);
    if (kind === 'break') items.push({ kind, title: ref, minutes: mins });
    else if (stableIdPattern.test(ref)) items.push({ kind, id: ref, minutes: mins, ...(steps ? { steps } : {}) });
    else return damaged(`"${ref.slice(0, 40)}" is not a lesson id`);
  }
  return { ok: true, plan: { title: parsed.data.t ?? '', length: parsed.data.l, start: parsed.data.s ?? '', items } };
}

/** The "v2.…" part of an address, a hash ("#plan=…"), a query-like string or the bare code. */
function extractEncoded(input: string): string {
  const hashAt = input.indexOf('#');
  const fragment = hashAt >= 0 ? input.slice(hashAt + 1) : input;
  for (const part of fragment.split('&')) {
    if (part.startsWith('plan=')) {
      try {
        return decodeURIComponent(part.slice(5));
      } catch {
        return part.slice(5);
      }
    }
  }
  return hashAt >= 0 ? '' : fragment;
}

/** The plan in a page's hash, if the hash holds one (`#plan=…`); null when it holds none. */
export function planFromHash(hash: string): DecodeResult | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.split('&').some((p) => p.startsWith('plan='))) return null;
  return decodePlan(`#${fragment}`);
}

/**
 * Keep only the items the course still has (a link may be older than the content), and only
 * step times that still match their guide's steps (`stepCount`: how many steps the guide has
 * now). Returns the plan and a message when something was left out.
 */
export function resolvePlan(
  plan: SessionPlan,
  exists: (kind: LessonItemKind, id: string) => boolean,
  stepCount: (kind: LessonItemKind, id: string) => number = () => 0,
): { plan: SessionPlan; notice?: string } {
  let restepped = 0;
  const items = plan.items
    .filter((item) => item.kind === 'break' || exists(item.kind, item.id))
    .map((item): PlanItem => {
      if (item.kind === 'break' || !item.steps || item.steps.length === stepCount(item.kind, item.id)) return item;
      restepped += 1;
      const { steps: _dropped, ...rest } = item;
      return rest;
    });
  const dropped = plan.items.length - items.length;
  if (!dropped && !restepped) return { plan };
  const notices: string[] = [];
  if (dropped)
    notices.push(
      `${dropped} ${dropped === 1 ? 'item' : 'items'} in this plan ${dropped === 1 ? 'is' : 'are'} not part of the course any more and ${dropped === 1 ? 'was' : 'were'} left out.`,
    );
  if (restepped)
    notices.push(
      `${restepped === 1 ? 'One activity’s guide has' : `${restepped} activities’ guides have`} different steps now, so the step times set by hand were replaced by the guide’s times, scaled to the same minutes.`,
    );
  return { plan: { ...plan, items }, notice: notices.join(' ') };
}

// ---- Timing ----------------------------------------------------------------------------

export function totalMinutes(plan: SessionPlan): number {
  return plan.items.reduce((sum, item) => sum + item.minutes, 0);
}

/** How the plan fits its session: "fits", "under" (time to spare) or "over". */
export function balance(plan: SessionPlan): { total: number; length: number; difference: number; status: 'fits' | 'under' | 'over' } {
  const total = totalMinutes(plan);
  const difference = total - plan.length;
  return { total, length: plan.length, difference, status: difference === 0 ? 'fits' : difference > 0 ? 'over' : 'under' };
}

/**
 * A sentence for the total, e.g. "85 of 90 minutes planned: 5 minutes to spare." On the screen
 * an over-long plan also says what to do; the printed agenda (`advice: false`) only states it.
 */
export function balanceText(plan: SessionPlan, { advice = true }: { advice?: boolean } = {}): string {
  const b = balance(plan);
  const mins = (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`;
  const head = `${b.total} of ${mins(b.length)} planned`;
  if (b.status === 'fits') return `${head}: exactly the length of the session.`;
  if (b.status === 'under') return `${head}: ${mins(-b.difference)} to spare.`;
  return `${head}: ${mins(b.difference)} over.${advice ? ' Shorten or drop something.' : ''}`;
}

/** "0:00", "1:05": minutes from the start of the session as hours and minutes. */
export function formatOffset(totalMins: number): string {
  return `${Math.floor(totalMins / 60)}:${String(totalMins % 60).padStart(2, '0')}`;
}

/** The clock time `mins` minutes after "HH:MM", wrapping past midnight. */
export function clockAfter(start: string, mins: number): string {
  const [h, m] = start.split(':').map(Number) as [number, number];
  const t = (((h * 60 + m + mins) % 1440) + 1440) % 1440;
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

/** Start and end of each item: clock times when the plan has a start time, else offsets. */
export function schedule(plan: SessionPlan): { from: string; to: string; startMinute: number }[] {
  let at = 0;
  return plan.items.map((item) => {
    const startMinute = at;
    at += item.minutes;
    const label = (n: number) => (plan.start ? clockAfter(plan.start, n) : formatOffset(n));
    return { from: label(startMinute), to: label(at), startMinute };
  });
}

/** Move the item at `from` to `to` (clamped); returns a new list. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= next.length) return next;
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [moved] = next.splice(from, 1) as [T];
  next.splice(target, 0, moved);
  return next;
}

/** Minutes from a form field: a whole number within the limits, or undefined. */
export function parseMinutes(text: string, max = MAX_ITEM_MINUTES, min = 1): number | undefined {
  if (!/^\s*\d{1,4}\s*$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}
