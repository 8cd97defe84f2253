import { z } from 'zod';
import { common, option } from '../common';
import { MAX_AUTHORED } from '../value-parts';

export const schema = z
  .object({
    type: z.literal('choice'),
    ...common,
    multiple: z.boolean().default(false).describe('Whether several options may be chosen.'),
    options: z
      .array(
        option
          .extend({
            feedback: z.string().optional().describe('Shown once the option is chosen: why it fits or does not.'),
          })
          .strict(),
      )
      .min(2)
      .max(MAX_AUTHORED)
      .describe('Options to choose from.'),
  })
  .strict();

/** The answer schema, re-exported so the list of types (schemas.ts) also types each answer (`AnswerValue`). */
export { value } from './value';
