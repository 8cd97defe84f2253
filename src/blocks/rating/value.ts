import * as z from 'zod/mini';
import { MAX_AUTHORED, record } from '../value-parts';

/** Item id → the point chosen; one entry per authored item. */
export const value = record(z.int().check(z.minimum(0), z.maximum(100)), MAX_AUTHORED);
