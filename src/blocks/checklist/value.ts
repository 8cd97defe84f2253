import { id, list, MAX_AUTHORED } from '../value-parts';

/** The ids of the ticked items. */
export const value = list(id, MAX_AUTHORED);
