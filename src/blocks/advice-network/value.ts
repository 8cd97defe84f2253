import * as z from 'zod/mini';
import { id, list, text } from '../value-parts';

/** The learner's organization chart; the network itself is drawn from the source grids' answers. */
export const value = z.strictObject({
  positions: list(z.strictObject({ id, title: text, person: text, reportsTo: z._default(id, '') }), 100),
});
