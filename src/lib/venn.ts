/**
 * Geometry of the three-circle diagram of leadership work (Activity 1): one circle per kind
 * of work, its area in proportion to the share of attention it gets. Every diagram uses the
 * same scale, so the learner's circles and the sample schools' circles can be compared by eye.
 * Pure: no DOM, unit-tested in tests/unit/venn.test.ts.
 */

/** Side of the square drawing area, in SVG user units. */
export const VENN_SIZE = 260;
/** Radius of a circle that holds the whole (100 %). */
export const FULL_RADIUS = 100;
/** Smallest radius drawn, so that a 0 % circle still shows where it would be. */
export const MIN_RADIUS = 10;
/** Centres sit at this fraction of the sum of two radii: below 1, neighbours overlap. */
export const OVERLAP = 0.72;

export interface VennItem {
  id: string;
  label: string;
}

export interface VennCircle {
  id: string;
  label: string;
  /** Share of the whole, 0 to 1. */
  share: number;
  /** Share as a whole percentage (rounded), for labels. */
  percent: number;
  cx: number;
  cy: number;
  r: number;
  /** Where the circle's percentage goes (middle of the text), always inside the drawing. */
  labelX: number;
  labelY: number;
  labelAnchor: 'middle';
}

export interface VennLayout {
  size: number;
  circles: VennCircle[];
  /** Sum of the raw values given; 0 when nothing was entered. */
  total: number;
}

/**
 * Shares of a whole from raw values (any non-negative numbers). Missing or invalid values
 * count as 0; when everything is 0 each item gets an equal share.
 */
export function sharesOf(items: readonly VennItem[], values: Readonly<Record<string, number>>): number[] {
  const raw = items.map((i) => {
    const v = values[i.id];
    return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0;
  });
  const total = raw.reduce((a, b) => a + b, 0);
  if (total === 0) return items.map(() => (items.length ? 1 / items.length : 0));
  return raw.map((v) => v / total);
}

/** Radius for a share: circle area follows the share, with a floor so a circle never vanishes. */
export function radiusFor(share: number): number {
  const s = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  return Math.max(MIN_RADIUS, FULL_RADIUS * Math.sqrt(s));
}

/**
 * Lay out three circles: the first two side by side, the third below between them, each
 * pair overlapping. The group is centred in the square. Works for any number of items, but
 * the diagram is meant for three; with other counts the circles sit in a row.
 */
export function vennLayout(items: readonly VennItem[], values: Readonly<Record<string, number>>): VennLayout {
  const shares = sharesOf(items, values);
  const radii = shares.map(radiusFor);
  const total = items.reduce((sum, i) => {
    const v = values[i.id];
    return sum + (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0);
  }, 0);
  const centres = items.length === 3 ? triangle(radii) : row(radii);

  // Centre the bounding box of the circles in the square.
  const minX = Math.min(...centres.map((c, i) => c.x - (radii[i] ?? 0)));
  const maxX = Math.max(...centres.map((c, i) => c.x + (radii[i] ?? 0)));
  const minY = Math.min(...centres.map((c, i) => c.y - (radii[i] ?? 0)));
  const maxY = Math.max(...centres.map((c, i) => c.y + (radii[i] ?? 0)));
  const dx = VENN_SIZE / 2 - (minX + maxX) / 2;
  const dy = VENN_SIZE / 2 - (minY + maxY) / 2;
  const placed = centres.map((c) => ({ x: c.x + dx, y: c.y + dy }));
  const mid = {
    x: placed.reduce((s, c) => s + c.x, 0) / Math.max(1, placed.length),
    y: placed.reduce((s, c) => s + c.y, 0) / Math.max(1, placed.length),
  };

  const circles = items.map((item, i): VennCircle => {
    const c = placed[i] ?? { x: VENN_SIZE / 2, y: VENN_SIZE / 2 };
    const r = radii[i] ?? MIN_RADIUS;
    const share = shares[i] ?? 0;
    return { id: item.id, label: item.label, share, percent: Math.round(share * 100), cx: c.x, cy: c.y, r, ...labelFor(c, r, mid) };
  });
  return { size: VENN_SIZE, circles, total };
}

function triangle(radii: number[]): { x: number; y: number }[] {
  const [r1 = MIN_RADIUS, r2 = MIN_RADIUS, r3 = MIN_RADIUS] = radii;
  const d12 = OVERLAP * (r1 + r2);
  const d13 = OVERLAP * (r1 + r3);
  const d23 = OVERLAP * (r2 + r3);
  // Third centre from the law of cosines; the distances always form a triangle because each
  // is the same fraction of a sum of radii.
  const x3 = (d13 * d13 - d23 * d23 + d12 * d12) / (2 * d12);
  const y3 = Math.sqrt(Math.max(0, d13 * d13 - x3 * x3));
  return [
    { x: 0, y: 0 },
    { x: d12, y: 0 },
    { x: x3, y: y3 },
  ];
}

function row(radii: number[]): { x: number; y: number }[] {
  let x = 0;
  return radii.map((r, i) => {
    if (i > 0) x += OVERLAP * ((radii[i - 1] ?? 0) + r);
    return { x, y: 0 };
  });
}

/** Below this radius the percentage goes just outside the circle instead of inside it. */
const SMALL_RADIUS = 20;
const LABEL_MARGIN = 14;

/**
 * Where the percentage goes: inside the circle, toward the side away from the group's middle
 * (the part no other circle covers); just outside a small circle. Always inside the square.
 */
function labelFor(c: { x: number; y: number }, r: number, mid: { x: number; y: number }) {
  let ux = c.x - mid.x;
  let uy = c.y - mid.y;
  const len = Math.hypot(ux, uy);
  if (len < 1e-6) {
    ux = 0;
    uy = -1;
  } else {
    ux /= len;
    uy /= len;
  }
  const reach = r < SMALL_RADIUS ? r + 12 : r * 0.5;
  const clamp = (v: number) => Math.min(VENN_SIZE - LABEL_MARGIN, Math.max(LABEL_MARGIN, v));
  return { labelX: clamp(c.x + ux * reach), labelY: clamp(c.y + uy * reach), labelAnchor: 'middle' as const };
}

/** Area shared by two circles of radii r1, r2 whose centres are d apart. */
export function overlapArea(r1: number, r2: number, d: number): number {
  if (d >= r1 + r2) return 0;
  if (d <= Math.abs(r1 - r2)) return Math.PI * Math.min(r1, r2) ** 2;
  const a = r1 * r1 * Math.acos((d * d + r1 * r1 - r2 * r2) / (2 * d * r1));
  const b = r2 * r2 * Math.acos((d * d + r2 * r2 - r1 * r1) / (2 * d * r2));
  const c = 0.5 * Math.sqrt((-d + r1 + r2) * (d + r1 - r2) * (d - r1 + r2) * (d + r1 + r2));
  return a + b - c;
}

export interface VennSample {
  id: string;
  label: string;
  shares: Readonly<Record<string, number>>;
}

/** The sample whose split is nearest the learner's (sum of squared differences of shares). */
export function nearestSample<S extends VennSample>(
  items: readonly VennItem[],
  values: Readonly<Record<string, number>>,
  samples: readonly S[],
): S | undefined {
  const mine = sharesOf(items, values);
  let best: S | undefined;
  let bestDistance = Infinity;
  for (const s of samples) {
    const theirs = sharesOf(items, s.shares);
    const d = mine.reduce((sum, m, i) => sum + (m - (theirs[i] ?? 0)) ** 2, 0);
    if (d < bestDistance - 1e-12) {
      best = s;
      bestDistance = d;
    }
  }
  return best;
}

const lowerFirst = (s: string) => (s ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const upperFirst = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/**
 * The balance in words, for screen readers and print: which kind of work gets the most
 * attention, which the least, and which sample school it is closest to.
 */
export function describeBalance(items: readonly VennItem[], values: Readonly<Record<string, number>>, samples: readonly VennSample[] = []): string {
  if (items.length === 0) return '';
  const layout = vennLayout(items, values);
  if (layout.total === 0) return 'No estimate yet: the circles are drawn the same size until you enter your shares.';
  const sorted = [...layout.circles].sort((a, b) => b.share - a.share);
  const part = (c: VennCircle) => `${lowerFirst(c.label)} (${c.percent}%)`;
  const top = sorted[0]!;
  const bottom = sorted[sorted.length - 1]!;
  let sentence: string;
  if (top.percent - bottom.percent <= 5) {
    sentence = `Your attention is spread about evenly: ${sorted.map(part).join(', ')}.`;
  } else {
    const ties = sorted.filter((c) => top.percent - c.percent <= 2);
    const lead = ties.length > 1 ? `${upperFirst(ties.map(part).join(' and '))} take the largest shares` : `${upperFirst(part(top))} takes the largest share`;
    const rest = sorted.slice(ties.length);
    const middle = rest.slice(0, -1);
    const last = rest[rest.length - 1];
    sentence = lead;
    if (middle.length) sentence += `, then ${middle.map(part).join(', ')}`;
    if (last) sentence += `; ${part(last)} gets the least`;
    sentence += '.';
  }
  const near = nearestSample(items, values, samples);
  if (near) sentence += ` Of the sample schools, this is closest to ${near.label}.`;
  return sentence;
}
