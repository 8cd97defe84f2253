/**
 * "Continue where you left off": the lesson a returning learner last worked on, and the place
 * in it, from what this browser saved. Pure: the page script (src/scripts/resume.ts) reads
 * storage and paints the link; src/scripts/keep-place.ts records the reading place and lands
 * the learner there.
 */

export interface Resume {
  /** `kind/id` of the lesson. */
  lesson: string;
  /**
   * Where in the lesson: the worksheet block answered last, or the heading read to last
   * (`id` of the heading), whichever is more recent. None: the top of the lesson.
   */
  place?: { block: string } | { heading: string };
}

/** What a lesson's progress record holds that matters here (src/stores/progress.ts). */
export interface ResumeProgress {
  visited?: number | undefined;
  /** The heading the learner last scrolled to (`''`: the top of the lesson), and when. */
  place?: { heading: string; at: number } | undefined;
}

/**
 * The latest of: an answer saved (its lesson and block, keys `kind/id/block`), a heading read
 * to, a lesson's first visit. Only lessons in `known` count (a lesson since removed from the
 * course is not offered).
 */
export function lastWorkedOn(
  answers: Readonly<Record<string, { at: number }>>,
  progress: Readonly<Record<string, ResumeProgress>>,
  known: (lesson: string) => boolean,
): Resume | undefined {
  let best: (Resume & { at: number }) | undefined;
  const consider = (at: unknown, lesson: string, where?: Resume['place']) => {
    if (typeof at !== 'number' || !known(lesson) || (best && best.at >= at)) return;
    best = { lesson, at, ...(where ? { place: where } : {}) };
  };
  for (const [lesson, record] of Object.entries(progress)) {
    consider(record.visited, lesson);
    const heading = record.place?.heading;
    if (typeof heading === 'string') consider(record.place?.at, lesson, heading ? { heading } : undefined);
  }
  for (const [key, saved] of Object.entries(answers)) {
    const [kind = '', id = '', ...block] = key.split('/');
    consider(saved.at, `${kind}/${id}`, block.length ? { block: block.join('/') } : undefined);
  }
  if (!best) return undefined;
  const { at: _, ...resume } = best;
  return resume;
}

/** The fragment a "Continue" link carries to a place (keep-place.ts reads it). */
export const continueFragment = (place: Resume['place']): string =>
  !place ? '' : `#continue=${encodeURIComponent('block' in place ? place.block : place.heading)}`;
