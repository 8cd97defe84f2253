import * as z from 'zod/mini';
import { id, list, text } from '../value-parts';

export const stakeholderRow = z.strictObject({
  id,
  name: text,
  cells: z._default(z.record(id, text), {}),
  losses: z._default(list(id), []),
});

export const value = z.strictObject({
  charts: list(z.strictObject({ id, title: text, challenge: text, rows: list(stakeholderRow) }), 50),
});
