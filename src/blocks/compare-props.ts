// What a type's `Compare.tsx` receives, apart from the registry that lists them (compare.tsx).
import type { SavedAnswer } from './completeness';
import type { BlockOf, BlockType } from './types';

/** One learner's answer to the block under review. */
export interface LearnerAnswer {
  /** Stable id of the learner's hand-in (for React keys). */
  id: string;
  name: string;
  answer: SavedAnswer | undefined;
}

export interface CompareProps<T extends BlockType> {
  block: BlockOf<T>;
  answers: LearnerAnswer[];
}
