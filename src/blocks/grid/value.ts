import * as z from 'zod/mini';
import { id, list, text } from '../value-parts';

export const value = z.strictObject({
  cells: z._default(z.record(id, z.record(id, text)), {}),
  added: z._default(list(z.strictObject({ id, label: text })), []),
});
