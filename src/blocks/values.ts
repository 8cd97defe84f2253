/**
 * Answer schemas by block type (zod/mini), with the migrations of earlier stored shapes. Each
 * type's `value.ts` exports `value`, and `migrate` and `earlier` when its stored shape changed.
 * The answer types come from the list of types (schemas.ts, whose `schema.ts` modules re-export
 * `value`) by a type-only import: full zod never reaches a page.
 */
import type * as z from 'zod/mini';
import type { blockTypes } from './schemas';
import type { BlockType } from './types';
import * as adviceNetwork from './advice-network/value';
import * as allocation from './allocation/value';
import * as checklist from './checklist/value';
import * as choice from './choice/value';
import * as cyclePlanner from './cycle-planner/value';
import * as decisionTimeline from './decision-timeline/value';
import * as grid from './grid/value';
import * as list from './list/value';
import * as rating from './rating/value';
import * as sort from './sort/value';
import * as stakeholderChart from './stakeholder-chart/value';
import * as text from './text/value';
import * as videoNotes from './video-notes/value';

/** What a block type's `value.ts` exports. */
export interface ValueModule {
  value: z.ZodMiniType;
  /** Shapes stored by earlier versions, still accepted (old portfolio files import). */
  earlier?: z.ZodMiniType[];
  /** Brings an earlier stored shape to the current one when read. */
  migrate?: (stored: unknown) => unknown;
}

export const valueModules = {
  text,
  list,
  grid,
  checklist,
  rating,
  choice,
  'video-notes': videoNotes,
  allocation,
  'stakeholder-chart': stakeholderChart,
  'advice-network': adviceNetwork,
  sort,
  'decision-timeline': decisionTimeline,
  'cycle-planner': cyclePlanner,
} satisfies { [T in BlockType]: ValueModule };

/** The answer a block of type `T` holds, in its current shape. */
export type AnswerValue<T extends BlockType = BlockType> = z.infer<(typeof blockTypes)[T]['value']>;
