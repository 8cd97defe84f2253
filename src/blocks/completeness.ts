/**
 * When a block counts as answered, by block type. Free of zod and React so the course map can
 * show every lesson's status with a few kilobytes of script (scripts/budgets.mjs): each rule
 * (`<type>/complete.ts`) checks the shape it needs itself.
 */
import type { BlockType } from './types';
import { isAnswered as adviceNetwork } from './advice-network/complete';
import { isAnswered as allocation } from './allocation/complete';
import { isAnswered as checklist } from './checklist/complete';
import { isAnswered as choice } from './choice/complete';
import { isAnswered as cyclePlanner } from './cycle-planner/complete';
import { isAnswered as decisionTimeline } from './decision-timeline/complete';
import { isAnswered as grid } from './grid/complete';
import { isAnswered as list } from './list/complete';
import { isAnswered as rating } from './rating/complete';
import { isAnswered as sort } from './sort/complete';
import { isAnswered as stakeholderChart } from './stakeholder-chart/complete';
import { isAnswered as text } from './text/complete';
import { isAnswered as videoNotes } from './video-notes/complete';

/** What is stored under one answer key: the value and when it was last changed. */
export type SavedAnswer = { v: unknown; at: number };

/** Whether a stored value holds a real answer (not just empty fields). */
export type Completeness = (value: unknown) => boolean;

export const completeness = {
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
} satisfies { [T in BlockType]: Completeness };

/** Whether a block holds a real answer (not just empty fields); an unknown type never does. */
export function isAnswered(block: { type: BlockType }, saved: SavedAnswer | undefined): boolean {
  if (!saved) return false;
  const rule: Completeness | undefined = completeness[block.type];
  return rule ? rule(saved.v) : false;
}
