/**
 * Read-only views of an answer by block type (`<type>/view.ts`): the portfolio, the Markdown
 * export and the review page render them. A view receives a value already read through the
 * type's answer schema (`valueFor`), never the raw stored one.
 */
import type { BlockOf, BlockType } from './types';
import type { AnswerValue } from './values';
import type { AnswerView } from './view-parts';
import { view as adviceNetwork } from './advice-network/view';
import { view as allocation } from './allocation/view';
import { view as checklist } from './checklist/view';
import { view as choice } from './choice/view';
import { view as cyclePlanner } from './cycle-planner/view';
import { view as decisionTimeline } from './decision-timeline/view';
import { view as grid } from './grid/view';
import { view as list } from './list/view';
import { view as rating } from './rating/view';
import { view as sort } from './sort/view';
import { view as stakeholderChart } from './stakeholder-chart/view';
import { view as text } from './text/view';
import { view as videoNotes } from './video-notes/view';

export type ViewOf<T extends BlockType> = (block: BlockOf<T>, value: AnswerValue<T>) => AnswerView[];

export const views = {
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
} satisfies { [T in BlockType]: ViewOf<T> };
