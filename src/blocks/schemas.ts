/**
 * THE LIST OF BLOCK TYPES. A block type is one folder, `src/blocks/<type>/`; this record
 * names each one once, and `BlockType` is its keys. Every other registry (values.ts,
 * completeness.ts, editors.tsx, views.ts, print.tsx) finds its piece in each folder with
 * Vite's `import.meta.glob` and is cast to a record keyed by `BlockType`, and
 * tests/unit/block-registry.test.ts names any piece a listed type lacks. Each `schema.ts`
 * re-exports its type's answer schema, so this list also types the answers (`AnswerValue`,
 * values.ts). Build time only (full zod): the pages' scripts import the lighter registries.
 */
import { blockSchemasOf, type SchemaModule } from './define';
import * as adviceNetwork from './advice-network/schema';
import * as allocation from './allocation/schema';
import * as checklist from './checklist/schema';
import * as choice from './choice/schema';
import * as cyclePlanner from './cycle-planner/schema';
import * as decisionTimeline from './decision-timeline/schema';
import * as grid from './grid/schema';
import * as list from './list/schema';
import * as rating from './rating/schema';
import * as sort from './sort/schema';
import * as stakeholderChart from './stakeholder-chart/schema';
import * as text from './text/schema';
import * as videoNotes from './video-notes/schema';
import type { ValueModule } from './value-module';

export const blockTypes = {
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
} satisfies Record<string, SchemaModule & Pick<ValueModule, 'value'>>;

export const { block, worksheet } = blockSchemasOf(blockTypes);
export { stableId } from './common';
