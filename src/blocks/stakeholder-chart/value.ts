import * as z from 'zod/mini';
import { id, list, record, text } from '../value-parts';

/** The chart's columns (five; the editor writes no other) and the losses a row can name, with room to spare. */
export const MAX_CELLS = 20;
export const MAX_CHARTS = 50;

export const stakeholderRow = z.strictObject({
  id,
  name: text,
  cells: z._default(record(text, MAX_CELLS), {}),
  losses: z._default(list(id, MAX_CELLS), []),
});

export const value = z.strictObject({
  charts: list(z.strictObject({ id, title: text, challenge: text, rows: list(stakeholderRow) }), MAX_CHARTS),
});
