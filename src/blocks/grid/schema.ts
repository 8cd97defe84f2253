import { z } from 'zod';
import { common, option } from '../common';
import { MAX_AUTHORED } from '../value-parts';
import { MAX_COLUMNS } from './value';

export const schema = z
  .object({
    type: z.literal('grid'),
    ...common,
    rowHeader: z.string().describe('Header of the first column, which names the rows (e.g. "Your role").'),
    rows: z.array(option).min(1).max(MAX_AUTHORED).describe('Rows given by the activity.'),
    columns: z.array(option).min(1).max(MAX_COLUMNS).describe('Columns to fill for each row.'),
    addRows: z.boolean().default(false).describe('Whether the learner may add rows of their own.'),
  })
  .strict();

/** The answer schema, re-exported so the list of types (schemas.ts) also types each answer (`AnswerValue`). */
export { value } from './value';
