import { z } from 'zod';
import { common } from '../common';

export const schema = z
  .object({
    type: z.literal('text'),
    ...common,
    rows: z.number().int().min(2).max(20).default(4).describe('Starting height in lines; the box grows as the learner types.'),
  })
  .strict();

/** The answer schema, re-exported so the list of types (schemas.ts) also types each answer (`AnswerValue`). */
export { value } from './value';
