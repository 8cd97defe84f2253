import { z } from 'zod';
import { common, option, stableId, type CrossIssue } from '../common';
import { MAX_AUTHORED } from '../value-parts';

export const schema = z
  .object({
    type: z.literal('allocation'),
    ...common,
    items: z.array(option).min(2).max(MAX_AUTHORED).describe('Categories the learner shares a whole between.'),
    total: z.number().int().positive().default(100).describe('What the shares should add up to (100 for percentages).'),
    unit: z.string().default('%').describe('Unit shown after each number.'),
    diagram: z
      .enum(['venn'])
      .optional()
      .describe('Draw the shares beside the sliders: "venn" draws three overlapping circles whose areas follow the shares (needs exactly three items).'),
    samples: z
      .array(
        z
          .object({
            id: stableId,
            label: z.string().min(1).describe('Name of the sample, e.g. "School A".'),
            description: z.string().min(1).describe('One sentence, in our words, on what the sample shows.'),
            shares: z.record(stableId, z.number().min(0)).describe('Share for each item id; the diagram scales them to a whole.'),
          })
          .strict(),
      )
      .default([])
      .describe("Sample splits drawn beside the learner's diagram for comparison (e.g. the report's schools A, B and C)."),
    samplesNote: z.string().optional().describe('A line under the samples saying where their numbers come from.'),
  })
  .strict();

/** A venn diagram has three circles; sample shares name items of this block. */
export function crossCheck(b: z.infer<typeof schema>): CrossIssue[] {
  const issues: CrossIssue[] = [];
  const items = new Set(b.items.map((x) => x.id));
  if (b.diagram === 'venn' && b.items.length !== 3) issues.push({ path: ['diagram'], message: 'a venn diagram needs exactly three items' });
  b.samples.forEach((sample, j) => {
    for (const key of Object.keys(sample.shares))
      if (!items.has(key)) issues.push({ path: ['samples', j, 'shares', key], message: `"${key}" is not an item of this block` });
  });
  return issues;
}

/** The answer schema, re-exported so the list of types (schemas.ts) also types each answer (`AnswerValue`). */
export { value } from './value';
