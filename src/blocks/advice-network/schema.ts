import { z } from 'zod';
import { common, stableId, type BaseBlock, type CrossIssue } from '../common';

export const schema = z
  .object({
    type: z.literal('advice-network'),
    ...common,
    sources: z
      .array(
        z
          .object({
            block: stableId.describe('Id of a grid block in the same worksheet: its rows are the roles that seek advice, its cells name the people they ask.'),
            topic: z.string().min(1).describe('Short name of the topic, used in the filter and tables (e.g. "Mathematics instruction").'),
          })
          .strict(),
      )
      .min(1)
      .describe('The advice grids the network is drawn from, one per topic. Read only: the map never changes them.'),
    starter: z
      .array(
        z
          .object({
            id: stableId,
            title: z.string().min(1).describe('Formal title of the position, e.g. "Assistant principal".'),
            reportsTo: stableId.optional().describe('Id of the starter position this one reports to; omit for the top.'),
          })
          .strict(),
      )
      .default([])
      .describe('Positions the organization chart starts with before the learner changes it.'),
  })
  .strict();

/** Every source names a grid block of the same worksheet; starter positions report to starter positions. */
export function crossCheck(b: z.infer<typeof schema>, blocks: readonly BaseBlock[]): CrossIssue[] {
  const issues: CrossIssue[] = [];
  b.sources.forEach((src, j) => {
    const target = blocks.find((x) => x.id === src.block);
    if (!target) issues.push({ path: ['sources', j, 'block'], message: `no block "${src.block}" in this worksheet` });
    else if (target.type !== 'grid') issues.push({ path: ['sources', j, 'block'], message: `block "${src.block}" is a ${target.type} block, not a grid` });
  });
  b.starter.forEach((p, j) => {
    if (p.reportsTo && !b.starter.some((x) => x.id === p.reportsTo))
      issues.push({ path: ['starter', j, 'reportsTo'], message: `no starter position "${p.reportsTo}"` });
  });
  return issues;
}

/** The answer schema, re-exported so the list of types (schemas.ts) also types each answer (`AnswerValue`). */
export { value } from './value';
