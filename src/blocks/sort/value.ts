import { id, MAX_AUTHORED, record } from '../value-parts';

/** Item id → the category id the learner placed it in; one entry per authored item. */
export const value = record(id, MAX_AUTHORED);
