import { id, list, MAX_AUTHORED } from '../value-parts';

/** The ids of the chosen options. */
export const value = list(id, MAX_AUTHORED);
