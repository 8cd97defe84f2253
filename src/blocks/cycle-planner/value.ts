import * as z from 'zod/mini';
import { id, list, text } from '../value-parts';

export const value = z.strictObject({
  problem: z._default(text, ''),
  participants: z._default(list(z.strictObject({ id, name: text, stages: list(id, 20) }), 100), []),
});
