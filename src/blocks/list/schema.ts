import { z } from 'zod';
import { common } from '../common';

export const schema = z
  .object({
    type: z.literal('list'),
    ...common,
    itemLabel: z.string().default('Item').describe('What one entry is called, used in button and field labels ("Add fire").'),
    suggestedItems: z.number().int().min(1).max(20).default(3).describe('How many empty entries to show before the learner adds any.'),
  })
  .strict();

/** The answer schema, re-exported so the list of types (schemas.ts) also types each answer (`AnswerValue`). */
export { value } from './value';
