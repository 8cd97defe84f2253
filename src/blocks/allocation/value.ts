import * as z from 'zod/mini';
import { MAX_AUTHORED, record } from '../value-parts';

/** Item id → the learner's share; one entry per authored item. */
export const value = record(z.number().check(z.minimum(0), z.maximum(100_000)), MAX_AUTHORED);
