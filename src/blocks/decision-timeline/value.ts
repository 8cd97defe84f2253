import * as z from 'zod/mini';
import { record, text } from '../value-parts';

/** The model's seven inputs (lib/decision-timeline.ts `inputSpecs`): the editor saves no other key. */
export const MAX_INPUTS = 7;

export const value = z.strictObject({
  inputs: z._default(record(z.number().check(z.minimum(0), z.maximum(100_000)), MAX_INPUTS), {}),
  note: z._default(text, ''),
});
