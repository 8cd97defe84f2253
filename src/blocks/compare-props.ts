// What a type's `Compare.tsx` receives, apart from the registry that lists them (compare.tsx).
import type { SavedAnswer } from './completeness';
import type { BlockOf, BlockType } from './types';

/** One learner's (or one sender's) answer to the block. */
export interface LearnerAnswer {
  /** Stable id of the hand-in or the sender (for React keys). */
  id: string;
  /** The learner's name; on the board, only when the sender signed. */
  name?: string | undefined;
  answer: SavedAnswer | undefined;
}

/**
 * Where a cohort view is shown: the review page names every learner; the board is projected in
 * the room (cards revealed one by one); the board's printed summary shows every answer, named
 * only when signed.
 */
export type CohortMode = 'review' | 'board' | 'summary';

export interface CompareProps<T extends BlockType> {
  block: BlockOf<T>;
  answers: LearnerAnswer[];
  mode?: CohortMode;
}
