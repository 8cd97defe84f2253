import { z } from 'zod';
import { common, option } from '../common';
import { MAX_AUTHORED } from '../value-parts';

export const schema = z
  .object({
    type: z.literal('rating'),
    ...common,
    items: z.array(option).min(1).max(MAX_AUTHORED).describe('Statements the learner rates, one scale each.'),
    scale: z
      .object({
        min: z.number().int().default(1).describe('Lowest point.'),
        max: z.number().int().default(5).describe('Highest point.'),
        minLabel: z.string().describe('What the lowest point means, e.g. "Rarely".'),
        maxLabel: z.string().describe('What the highest point means, e.g. "Almost always".'),
      })
      .strict()
      .describe('The scale used for every item.'),
  })
  .strict();

/** The answer schema, re-exported so the list of types (schemas.ts) also types each answer (`AnswerValue`). */
export { value } from './value';
