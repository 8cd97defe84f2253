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
  })
  .describe('The worksheet: blocks in the order the learner meets them.');
