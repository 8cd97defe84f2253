import * as z from 'zod/mini';
import { id, text } from '../value-parts';

export const value = z.strictObject({
  inputs: z._default(z.record(id, z.number().check(z.minimum(0), z.maximum(100_000))), {}),
  note: z._default(text, ''),
});
