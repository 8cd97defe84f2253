import { z } from 'zod';
import { common, option } from '../common';

export const schema = z
  .object({
    type: z.literal('checklist'),
    ...common,
    items: z.array(option).min(1).describe('Items the learner can tick.'),
  })
  .strict();

/** The answer schema, re-exported so the list of types (schemas.ts) also types each answer (`AnswerValue`). */
export { value } from './value';
