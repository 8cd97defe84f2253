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

/**
 * What the facilitator has done to one block on the board: cards revealed, hidden and pinned
 * (by answer id), and a prediction's outcome shown. The board keeps it (src/stores/board.ts,
 * the same shape as `boardBlockView` in lib/board/payload.ts); without it a view keeps its own.
 */
export interface CohortViewState {
  revealed?: string[] | undefined;
  hidden?: string[] | undefined;
  pinned?: string[] | undefined;
  outcome?: boolean | undefined;
}

export interface CompareProps<T extends BlockType> {
  block: BlockOf<T>;
  answers: LearnerAnswer[];
  mode?: CohortMode;
  /** The board's kept state for this block, and where a change goes; a view without it keeps its own. */
  state?: CohortViewState | undefined;
  onState?: ((next: CohortViewState) => void) | undefined;
}
