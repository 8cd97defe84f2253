import { z } from 'zod';
import { common, option, stableId, type CrossIssue } from '../common';
import { MAX_AUTHORED } from '../value-parts';

export const schema = z
  .object({
    type: z.literal('sort'),
    ...common,
    categories: z
      .array(
        option
          .extend({
            description: z.string().optional().describe('What belongs in this category, in a sentence.'),
          })
          .strict(),
      )
      .min(2)
      .describe('The categories items are sorted into.'),
    items: z
      .array(
        option
          .extend({
            answer: stableId.describe('Id of the category the course would choose.'),
            explanation: z.string().min(1).describe('Shown once the item is placed: why it belongs there, in our words.'),
          })
          .strict(),
      )
      .min(2)
      .max(MAX_AUTHORED)
      .describe('Things to sort, in the order shown.'),
  })
  .strict();

/** Every item's answer is a category of this block. */
export function crossCheck(b: z.infer<typeof schema>): CrossIssue[] {
  const categories = new Set(b.categories.map((c) => c.id));
  return b.items.flatMap((item, j) =>
    categories.has(item.answer) ? [] : [{ path: ['items', j, 'answer'], message: `"${item.answer}" is not a category of this block` }],
  );
}

/** The answer schema, re-exported so the list of types (schemas.ts) also types each answer (`AnswerValue`). */
export { value } from './value';
