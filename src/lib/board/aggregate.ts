/**
 * The numbers a cohort's answers add up to: counts per option, distributions on a rating scale,
 * medians, and how much a cohort disagrees. Pure functions over plain values, shared by the
 * review page (several hand-ins) and the cohort board (answers sent in the room), so the two
 * always count alike.
 */

/** How many chose each option, in the options' order; ids that are not options are ignored. */
export function countOptions(optionIds: readonly string[], picks: readonly (readonly string[])[]): number[] {
  const index = new Map(optionIds.map((id, i) => [id, i]));
  const counts = optionIds.map(() => 0);
  for (const pick of picks) {
    // A tampered answer may repeat an option: one person counts once per option.
    for (const id of new Set(pick)) {
      const i = index.get(id);
      if (i !== undefined) counts[i]! += 1;
    }
  }
  return counts;
}

/**
 * Disagreement as normalised entropy, 0 to 1: the Shannon entropy of the counts divided by its
 * largest possible value, log(number of options). 0 when everyone chose the same option; 1 when
 * answers are spread evenly over every option. Normalising by the number of options (not by the
 * number of answers) keeps items of one block comparable even when some were left unanswered.
 */
export function disagreement(counts: readonly number[]): number {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0 || counts.length < 2) return 0;
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
  return Math.min(1, h / Math.log(counts.length));
}

/** The median of a list of numbers (the mean of the two middle ones for an even count); undefined when empty. */
export function median(values: readonly number[]): number | undefined {
  const finite = values.filter((v) => Number.isFinite(v));
  if (!finite.length) return undefined;
  const s = [...finite].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1]! + s[mid]!) / 2;
}

export interface Distribution {
  /** Answers at each point of the scale, from min to max. */
  counts: number[];
  n: number;
  median: number | undefined;
  mean: number | undefined;
  /** Standard deviation of the ratings (population), in scale points. */
  sd: number;
  /**
   * The spread, 0 to 1: the standard deviation over the largest one the scale allows (half
   * the answers at each end, (max − min) / 2). 0 when everyone gave the same rating.
   */
  spread: number;
  /** Lowest and highest rating given. */
  range: [number, number] | undefined;
}

/** The distribution of ratings on an integer scale; ratings off the scale are ignored. */
export function distribution(ratings: readonly number[], min: number, max: number): Distribution {
  const counts = Array.from({ length: Math.max(0, max - min + 1) }, () => 0);
  const kept = ratings.filter((r) => Number.isInteger(r) && r >= min && r <= max);
  for (const r of kept) counts[r - min]! += 1;
  const n = kept.length;
  const mean = n ? kept.reduce((a, b) => a + b, 0) / n : undefined;
  const sd = mean === undefined ? 0 : Math.sqrt(kept.reduce((a, r) => a + (r - mean) ** 2, 0) / n);
  const widest = (max - min) / 2;
  return {
    counts,
    n,
    median: median(kept),
    mean,
    sd,
    spread: widest > 0 ? Math.min(1, sd / widest) : 0,
    range: n ? [Math.min(...kept), Math.max(...kept)] : undefined,
  };
}

/** Indexes of `scores` from the highest score down; equal scores keep their original order. */
export function orderByScore(scores: readonly number[]): number[] {
  return scores
    .map((s, i) => [s, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .map(([, i]) => i);
}

/** A share as a whole percentage, for text beside a bar. */
export function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 100)}%` : '0%';
}

/** Disagreement in words a room understands, for the text beside each item. */
export function disagreementWords(d: number): string {
  if (d >= 0.75) return 'split';
  if (d >= 0.4) return 'divided';
  if (d > 0) return 'mostly agreed';
  return 'agreed';
}
