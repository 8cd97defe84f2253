/**
 * Worksheet blocks as content files declare them. One engine (src/components/worksheet)
 * renders every block; an activity is data, not code. Each block carries a stable `id`
 * written by hand in the content: saved answers are keyed by it, never by position, so
 * reordering or inserting blocks never moves a learner's answer to another question.
 */
import { z } from 'zod';

/** Lower-case words joined by hyphens: safe in storage keys, URLs and HTML ids. */
export const stableId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. "fires-list"')
  .describe('Stable id written by hand; saved answers are keyed by it, so never change it once published.');

const option = z
  .object({
    id: stableId,
    label: z.string().min(1).describe('Text shown to the learner.'),
  })
  .strict();

const common = {
  id: stableId,
  label: z.string().min(1).describe('The prompt or question, in our own words.'),
  help: z.string().optional().describe('One or two sentences of guidance shown under the label.'),
  required: z.boolean().default(false).describe('Whether the block must be answered for the activity to count as complete.'),
  private: z.boolean().default(false).describe('Answers the learner may not want to hand in; left out of hand-in files unless the learner includes them.'),
};

export const textBlock = z
  .object({
    type: z.literal('text'),
    ...common,
    rows: z.number().int().min(2).max(20).default(4).describe('Starting height in lines; the box grows as the learner types.'),
  })
  .strict();

export const listBlock = z
  .object({
    type: z.literal('list'),
    ...common,
    itemLabel: z.string().default('Item').describe('What one entry is called, used in button and field labels ("Add fire").'),
    suggestedItems: z.number().int().min(1).max(20).default(3).describe('How many empty entries to show before the learner adds any.'),
  })
  .strict();

export const gridBlock = z
  .object({
    type: z.literal('grid'),
    ...common,
    rowHeader: z.string().describe('Header of the first column, which names the rows (e.g. "Your role").'),
    rows: z.array(option).min(1).describe('Rows given by the activity.'),
    columns: z.array(option).min(1).describe('Columns to fill for each row.'),
    addRows: z.boolean().default(false).describe('Whether the learner may add rows of their own.'),
  })
  .strict();

export const checklistBlock = z
  .object({
    type: z.literal('checklist'),
    ...common,
    items: z.array(option).min(1).describe('Items the learner can tick.'),
  })
  .strict();

export const ratingBlock = z
  .object({
    type: z.literal('rating'),
    ...common,
    items: z.array(option).min(1).describe('Statements the learner rates, one scale each.'),
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

export const choiceBlock = z
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
      .describe('Options to choose from.'),
  })
  .strict();

export const videoNotesBlock = z
  .object({
    type: z.literal('video-notes'),
    ...common,
    video: z
      .object({
        youtubeId: z
          .string()
          .regex(/^[A-Za-z0-9_-]{6,20}$/)
          .describe('YouTube video id; played from youtube-nocookie.com only after a click.'),
        title: z.string().describe('Title of the video, used as the frame title and link text.'),
      })
      .strict(),
    roles: z.array(option).default([]).describe('Who is noting what (e.g. partner A: the facilitator; partner B: the interactions).'),
  })
  .strict();

export const allocationBlock = z
  .object({
    type: z.literal('allocation'),
    ...common,
    items: z.array(option).min(2).describe('Categories the learner shares a whole between.'),
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

export const stakeholderChartBlock = z
  .object({
    type: z.literal('stakeholder-chart'),
    ...common,
    scenario: stableId.optional().describe("Id of a stakeholder-case scenario this chart is about; omit for the learner's own challenges."),
    stakeholders: z.array(option).default([]).describe('Stakeholders the scenario names; the learner may add more.'),
  })
  .strict();

export const adviceNetworkBlock = z
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

export const sortBlock = z
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
      .describe('Things to sort, in the order shown.'),
  })
  .strict();

const hoursField = (what: string, fallback: number) => z.number().min(0).default(fallback).describe(what);

export const decisionTimelineBlock = z
  .object({
    type: z.literal('decision-timeline'),
    ...common,
    defaults: z
      .object({
        people: z.number().int().min(1).max(60).default(12).describe('People who must commit to the decision, to start with.'),
        explain: hoursField('Hours to explain the decision to one person.', 1),
        commit: hoursField("Hours to win one person's commitment.", 2),
        leaderDecide: hoursField('Hours the leader needs to decide alone.', 2),
        groupSetup: hoursField('Fixed hours the group route adds (convening, gathering facts together).', 12),
        groupPerPerson: hoursField('Extra hours of group discussion per person involved.', 0.5),
        followUp: z.number().min(0).max(1).default(0.2).describe('Share (0 to 1) of the explaining and persuading still needed after a group decision.'),
      })
      .strict()
      .describe('Starting values of the model; the learner moves them.'),
    assumptions: z.array(z.string().min(1)).min(1).describe("The model's assumptions, in our words, shown beside the chart."),
    notePrompt: z.string().optional().describe('Question for an optional note under the chart.'),
  })
  .strict();

export const cyclePlannerBlock = z
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

export const block = z.discriminatedUnion('type', [
  textBlock,
  listBlock,
  gridBlock,
  checklistBlock,
  ratingBlock,
  choiceBlock,
  videoNotesBlock,
  allocationBlock,
  stakeholderChartBlock,
  adviceNetworkBlock,
  sortBlock,
  decisionTimelineBlock,
  cyclePlannerBlock,
]);

export type Block = z.infer<typeof block>;
export type BlockType = Block['type'];

/** Blocks must have distinct ids within one worksheet. */
export const worksheet = z
  .array(block)
  .superRefine((blocks, ctx) => {
    const seen = new Set<string>();
    blocks.forEach((b, i) => {
      if (seen.has(b.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate block id "${b.id}"` });
      seen.add(b.id);
    });
    blocks.forEach((b, i) => {
      for (const issue of crossChecks(b, blocks)) ctx.addIssue({ code: 'custom', path: [i, ...issue.path], message: issue.message });
    });
  })
  .describe('The worksheet: blocks in the order the learner meets them.');

/** References inside a block (to items, categories, other blocks) that its schema alone cannot check. */
function crossChecks(b: Block, blocks: Block[]): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  switch (b.type) {
    case 'allocation': {
      const items = new Set(b.items.map((x) => x.id));
      if (b.diagram === 'venn' && b.items.length !== 3) issues.push({ path: ['diagram'], message: 'a venn diagram needs exactly three items' });
      b.samples.forEach((sample, j) => {
        for (const key of Object.keys(sample.shares))
          if (!items.has(key)) issues.push({ path: ['samples', j, 'shares', key], message: `"${key}" is not an item of this block` });
      });
      break;
    }
    case 'advice-network':
      b.sources.forEach((src, j) => {
        const target = blocks.find((x) => x.id === src.block);
        if (!target) issues.push({ path: ['sources', j, 'block'], message: `no block "${src.block}" in this worksheet` });
        else if (target.type !== 'grid') issues.push({ path: ['sources', j, 'block'], message: `block "${src.block}" is a ${target.type} block, not a grid` });
      });
      b.starter.forEach((p, j) => {
        if (p.reportsTo && !b.starter.some((x) => x.id === p.reportsTo))
          issues.push({ path: ['starter', j, 'reportsTo'], message: `no starter position "${p.reportsTo}"` });
      });
      break;
    case 'sort': {
      const categories = new Set(b.categories.map((c) => c.id));
      b.items.forEach((item, j) => {
        if (!categories.has(item.answer)) issues.push({ path: ['items', j, 'answer'], message: `"${item.answer}" is not a category of this block` });
      });
      break;
    }
    default:
      break;
  }
  return issues;
}
