/**
 * Presentation mode run from a session plan: the minutes the plan gives an activity, spread
 * over the guide's steps, and the plan's next activity to move on to. Read from the saved plan
 * (`course:v1:sessions:current`) by the presenter's page script, which loads no zod, so the few
 * fields it needs are checked here by hand; anything odd means "no plan" and the guide's own
 * times. Pure: no browser APIs.
 */

/** Items a presenter can run: the guided sessions (activities and the scenario lab). */
export type PresentableKind = 'activity' | 'scenario';

export interface PlanRun {
  /** The plan's title, or "" when it has none. */
  planTitle: string;
  /** 1-based position of this activity among the plan's items, and how many items the plan has. */
  item: number;
  items: number;
  /** The minutes the plan gives this activity. */
  minutes: number;
  /** Its step minutes as set by hand in the planner, when they were (else the guide's times are scaled). */
  steps?: number[];
  /** The plan's session length and the total of its items. */
  sessionMinutes: number;
  plannedMinutes: number;
  /** The next activity in the plan a presenter can run, with what comes between (breaks, readings). */
  next?: { kind: PresentableKind; id: string; item: number; minutes: number; between: { title: string; minutes: number }[] };
}

interface RawItem {
  kind: string;
  id?: string;
  title?: string;
  minutes: number;
  steps?: unknown;
}

const isMinutes = (m: unknown): m is number => Number.isInteger(m) && (m as number) >= 1 && (m as number) <= 600;
/** Step minutes as the planner stores them: whole minutes that add up to the item's. */
const handSteps = (it: RawItem): number[] | undefined =>
  Array.isArray(it.steps) &&
  it.steps.length >= 1 &&
  it.steps.length <= 20 &&
  it.steps.every(isMinutes) &&
  it.steps.reduce((a: number, b: number) => a + b, 0) === it.minutes
    ? (it.steps as number[])
    : undefined;

const isItem = (x: unknown): x is RawItem => {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return typeof o['kind'] === 'string' && isMinutes(o['minutes']);
};
const presentable = (kind: string): kind is PresentableKind => kind === 'activity' || kind === 'scenario';

/**
 * The run of item `item` (1-based) of a saved plan, when that item is this activity
 * (`kind`/`id`); undefined when the plan is missing, damaged, or holds something else there
 * (the plan changed since the link was made).
 */
export function planRun(
  saved: string | null,
  item: number,
  kind: string,
  id: string,
  titleOf: (kind: string, id: string) => string | undefined,
): PlanRun | undefined {
  if (saved === null || !Number.isInteger(item) || item < 1) return undefined;
  let plan: unknown;
  try {
    plan = JSON.parse(saved);
  } catch {
    return undefined;
  }
  if (typeof plan !== 'object' || plan === null) return undefined;
  const { items, title, length } = plan as Record<string, unknown>;
  if (!Array.isArray(items) || !items.every(isItem)) return undefined;
  const here = items[item - 1];
  if (!here || here.kind !== kind || here.id !== id) return undefined;
  const hand = handSteps(here);
  const between: { title: string; minutes: number }[] = [];
  let next: PlanRun['next'];
  for (let i = item; i < items.length; i++) {
    const it = items[i]!;
    if (presentable(it.kind) && typeof it.id === 'string') {
      next = { kind: it.kind, id: it.id, item: i + 1, minutes: it.minutes, between };
      break;
    }
    between.push({ title: it.kind === 'break' ? it.title || 'Break' : (titleOf(it.kind, it.id ?? '') ?? 'Another item'), minutes: it.minutes });
  }
  return {
    planTitle: typeof title === 'string' ? title : '',
    item,
    items: items.length,
    minutes: here.minutes,
    ...(hand ? { steps: hand } : {}),
    sessionMinutes: Number.isInteger(length) ? (length as number) : 0,
    plannedMinutes: items.reduce((sum, it) => sum + it.minutes, 0),
    ...(next ? { next } : {}),
  };
}

/**
 * The guide's step minutes scaled to a new total, in whole minutes that add up to it exactly
 * (largest remainders get the spare minutes) and give every step at least one minute. When the
 * total is smaller than the number of steps, each step gets one minute.
 */
export function scaleSteps(stepMinutes: readonly number[], total: number): number[] {
  const guide = stepMinutes.reduce((a, b) => a + b, 0);
  if (stepMinutes.length === 0) return [];
  if (total <= stepMinutes.length) return stepMinutes.map(() => 1);
  if (guide === total || guide <= 0) return [...stepMinutes];
  // One minute each first; the rest shared in proportion to the guide's times.
  const spare = total - stepMinutes.length;
  const weights = stepMinutes.map((m) => Math.max(0, m - 1));
  const weightSum = weights.reduce((a, b) => a + b, 0) || stepMinutes.length;
  const exact = weights.map((w) => (weightSum === stepMinutes.length && w === 0 ? 1 : w) * (spare / weightSum));
  const scaled = exact.map((x) => Math.floor(x));
  let left = spare - scaled.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    scaled[i]! += 1;
    left -= 1;
  }
  return scaled.map((m) => m + 1);
}

/**
 * The minutes of each step when an activity is run from a plan: the times set by hand when
 * there are some for this guide's steps, else the guide's times scaled to the item's minutes.
 */
export function planStepMinutes(
  item: { minutes: number; steps?: readonly number[] | undefined },
  guide: readonly number[],
): { minutes: number[]; byHand: boolean } {
  if (item.steps && item.steps.length === guide.length) return { minutes: [...item.steps], byHand: true };
  return { minutes: scaleSteps(guide, item.minutes), byHand: false };
}

/** The address part presentation mode keeps: "#item=2&step=3", or "#step=3" outside a plan. */
export function presentHash(item: number | undefined, step: number): string {
  return item ? `#item=${item}&step=${step}` : `#step=${step}`;
}

/** Reads "#item=2&step=3" (or the older "#step=3"). */
export function readPresentHash(hash: string): { item?: number; step?: number } {
  const out: { item?: number; step?: number } = {};
  for (const part of hash.replace(/^#/, '').split('&')) {
    const m = /^(item|step)=(\d{1,3})$/.exec(part);
    if (m) out[m[1] as 'item' | 'step'] = Number(m[2]);
  }
  return out;
}
