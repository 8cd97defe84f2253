import * as z from 'zod/mini';
import { id, list, MAX_AUTHORED, MAX_ITEMS, record, text } from '../value-parts';

/** Columns an author can give a grid (schema.ts caps them too). */
export const MAX_COLUMNS = 30;

/** Row id → column id → text; rows are the authored ones and those the learner added. */
export const value = z.strictObject({
  cells: z._default(record(record(text, MAX_COLUMNS), MAX_AUTHORED + MAX_ITEMS), {}),
  added: z._default(list(z.strictObject({ id, label: text })), []),
});
