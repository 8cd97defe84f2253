import { z } from 'zod';
import { common } from '../common';

const hoursField = (what: string, fallback: number) => z.number().min(0).default(fallback).describe(what);

export const schema = z
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

/** The answer schema, re-exported so the list of types (schemas.ts) also types each answer (`AnswerValue`). */
export { value } from './value';
