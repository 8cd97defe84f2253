import { z } from 'zod';
import { common, option, stableId } from '../common';

export const schema = z
  .object({
    type: z.literal('stakeholder-chart'),
    ...common,
    scenario: stableId.optional().describe("Id of a stakeholder-case scenario this chart is about; omit for the learner's own challenges."),
    stakeholders: z.array(option).default([]).describe('Stakeholders the scenario names; the learner may add more.'),
  })
  .strict();

/** The answer schema, re-exported so the list of types (schemas.ts) also types each answer (`AnswerValue`). */
export { value } from './value';
