import * as z from 'zod/mini';
import { id } from '../value-parts';

/** Item id → the category id the learner placed it in. */
export const value = z.record(id, id);
