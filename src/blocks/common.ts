/**
 * Pieces every block type's authoring schema shares: the id rule, an option, and the fields
 * common to all blocks (label, help, required, private). Build time only (full zod).
 */
import { z } from 'zod';

/** Lower-case words joined by hyphens: safe in storage keys, URLs and HTML ids. */
export const stableId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. "fires-list"')
  .describe('Stable id written by hand; saved answers are keyed by it, so never change it once published.');

export const option = z
  .object({
    id: stableId,
    label: z.string().min(1).describe('Text shown to the learner.'),
  })
  .strict();

export const common = {
  id: stableId,
  label: z.string().min(1).describe('The prompt or question, in our own words.'),
  help: z.string().optional().describe('One or two sentences of guidance shown under the label.'),
  printHelp: z
    .string()
    .optional()
    .describe(
      'The help as a printed handout gives it, where the screen wording does not hold on paper (a note that appears, feedback to read). "" prints none.',
    ),
  required: z.boolean().default(false).describe('Whether the block must be answered for the activity to count as complete.'),
  private: z.boolean().default(false).describe('Answers the learner may not want to hand in; left out of hand-in files unless the learner includes them.'),
};

/** A reference inside a block that its schema alone cannot check, with the path of the field. */
export interface CrossIssue {
  path: (string | number)[];
  message: string;
}

/** The fields every block has once parsed, whatever its type. */
export interface BaseBlock {
  type: string;
  id: string;
  label: string;
  help?: string | undefined;
  printHelp?: string | undefined;
  required: boolean;
  private: boolean;
}
