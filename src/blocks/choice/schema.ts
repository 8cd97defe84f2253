import { z } from 'zod';
import { common, option, stableId, type CrossIssue } from '../common';
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
    outcome: z
      .object({
        option: stableId.describe('The option that came true.'),
        reveal: z.string().min(1).describe('The step that shows it on a cohort board, e.g. "Reveal what the committee proposed".'),
        heading: z.string().min(1).describe('The heading of what came true, e.g. "What the committee proposed".'),
        text: z.string().min(1).describe("What came true, in full, shown beside the cohort's counts."),
      })
      .strict()
      .optional()
      .describe(
        'For a prediction: what actually happened. The learner never sees it in the block; a cohort board shows the counts first and this only when the facilitator reveals it.',
      ),
  })
  .strict();

/** A prediction's outcome names one of the block's options. */
export function crossCheck(b: z.infer<typeof schema>): CrossIssue[] {
  if (b.outcome && !b.options.some((o) => o.id === b.outcome!.option))
    return [{ path: ['outcome', 'option'], message: `"${b.outcome.option}" is not an option of this block` }];
  return [];
}

/** The answer schema, re-exported so the list of types (schemas.ts) also types each answer (`AnswerValue`). */
export { value } from './value';
