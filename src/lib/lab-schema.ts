/**
 * The committee lab's content schemas (perspectives, risks, the member pool, committees),
 * apart from src/content.config.ts so that src/lib/committee.ts and the lab's islands take
 * their types from them (`z.input`: what a content file or a test may write, defaults optional)
 * instead of copying them by hand.
 */
import { z } from 'zod';
import { stableId } from '../blocks/schemas';
import { memberFields } from './illustrative';
import { tableSignals } from './table-signals';

export const labPerspective = z
  .object({
    id: stableId,
    label: z.string(),
    description: z.string(),
    tensions: z
      .array(stableId)
      .default([])
      .describe('Ids of perspectives this one often clashes with; the lab warns of disagreement when both sides are at a table.'),
  })
  .strict();

export const labRisk = z
  .object({
    id: stableId,
    label: z.string(),
    section: stableId,
    activity: stableId,
    advice: z.string().describe('How to prepare for it, in our words.'),
    signals: z
      .array(z.enum(tableSignals))
      .default([])
      .describe(
        'Patterns at a table that make this risk likely, besides members who carry it: power-gap (low- and high-power members together), lone-voice (a perspective resting on one member who may go quiet), tension (clashing perspectives both present), shared-view (most of the table shares one perspective).',
      ),
  })
  .strict();

export const labMember = z
  .object({
    id: stableId,
    name: z.string(),
    role: z.string().describe('Who they are, as far as the report says; anything the course adds goes in `detail` or is marked in `illustrative`.'),
    detail: z
      .string()
      .optional()
      .describe('A detail the course adds to a member the report mentions (e.g. what their department controls); mark it in `illustrative`.'),
    illustrative: z
      .array(z.enum(memberFields))
      .default([])
      .describe(
        'Fields the course invented rather than took from the report: "name", "role", "detail". Every page shows them with the label "Illustrative detail (the course\'s, not the report\'s)"; list all three for a person the report never mentions.',
      ),
    perspectives: z.array(stableId).min(1),
    power: z.enum(['high', 'medium', 'low']).describe('Formal or social power at a school table.'),
    risks: z.array(stableId).default([]).describe("Risks this member's presence makes likely."),
  })
  .strict();

export const labCommittee = z
  .object({
    id: stableId,
    name: z.string(),
    members: z.array(stableId).min(1).describe('Ids from the member pool.'),
    meetings: z.array(z.string()).min(1).describe('How the meetings went, paragraph per entry.'),
    proposal: z.string().describe('What the committee proposed.'),
    headline: z
      .string()
      .max(120)
      .optional()
      .describe(
        'The proposal in a few words: the option a participant picks when predicting which proposal each committee makes (the full proposal when absent).',
      ),
    diagnosis: z.string().describe("The diagnosis the proposal implies (the course's reading: the report leaves it to the learner)."),
    unheard: z
      .array(z.string())
      .describe(
        "Voices missing from the table, as the course reads the case: the report names none, so pages always show this list labelled as the course's reading.",
      ),
  })
  .strict();
