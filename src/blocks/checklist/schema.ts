import { z } from 'zod';
import { common, option } from '../common';
import { MAX_AUTHORED } from '../value-parts';

export const schema = z
  .object({
    type: z.literal('checklist'),
    ...common,
    items: z.array(option).min(1).max(MAX_AUTHORED).describe('Items the learner can tick.'),
  })
  .strict();

/** The answer schema, re-exported so the list of types (schemas.ts) also types each answer (`AnswerValue`). */
export { value } from './value';
