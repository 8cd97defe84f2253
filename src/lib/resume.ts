/**
 * "Continue where you left off": the lesson a returning learner last worked on, and the
 * worksheet block they were at, from what this browser saved. Pure: the page script
 * (src/scripts/resume.ts) reads storage and paints the link.
 */

export interface Resume {
  /** `kind/id` of the lesson. */
  lesson: string;
  /** The worksheet and block to return to, when known. */
  place?: { worksheet: string; block: string };
}

/**
 * The latest of: an answer saved (its lesson and block, keys `kind/id/block`), a lesson's first
 * visit. Only lessons in `known` count (a lesson
 * since removed from the course is not offered).
 */
export function lastWorkedOn(
  answers: Readonly<Record<string, { at: number }>>,
  visits: Readonly<Record<string, { visited?: number }>>,
  known: (lesson: string) => boolean,
): Resume | undefined {
  let best: (Resume & { at: number }) | undefined;
  const consider = (at: number | undefined, lesson: string, where?: Resume['place']) => {
    if (typeof at !== 'number' || !known(lesson) || (best && best.at >= at)) return;
    best = { lesson, at, ...(where ? { place: where } : {}) };
  };
  for (const [lesson, progress] of Object.entries(visits)) consider(progress.visited, lesson);
  for (const [key, saved] of Object.entries(answers)) {
    const [kind = '', id = '', ...block] = key.split('/');
    const lesson = `${kind}/${id}`;
    consider(saved.at, lesson, block.length ? { worksheet: lesson, block: block.join('/') } : undefined);
  }
  if (!best) return undefined;
  const { at: _, ...resume } = best;
  return resume;
}
