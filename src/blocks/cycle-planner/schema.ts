import { z } from 'zod';
import { common, option } from '../common';

export const schema = z
  .object({
    type: z.literal('cycle-planner'),
    ...common,
    stages: z
      .array(
        option
          .extend({
            help: z.string().optional().describe('What happens in this phase, in a sentence.'),
          })
          .strict(),
      )
      .min(2)
      .describe('Phases of the improvement cycle, in order.'),
    suggestions: z.array(z.string().min(1)).default([]).describe('People and groups the learner can add with one click.'),
    smallGroup: z.number().int().min(1).max(20).default(4).describe('Up to this many people or groups counts as a small group in the warnings.'),
  })
  .strict();

/** The answer schema, re-exported so the list of types (schemas.ts) also types each answer (`AnswerValue`). */
export { value } from './value';
