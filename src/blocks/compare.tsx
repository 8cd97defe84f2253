/**
 * How the review page shows one block answered by several learners. Most types show each
 * learner's answer side by side (the review page's default, from the type's `view.ts`); a type
 * that reads better merged adds a `<type>/Compare.tsx` and a line here.
 */
import type { ComponentType } from 'react';
import type { SavedAnswer } from '../lib/completeness';
import type { BlockOf, BlockType } from './types';
import { AllocationCompare } from './allocation/Compare';
import { StakeholderChartCompare } from './stakeholder-chart/Compare';

/** One learner's answer to the block under review. */
export interface LearnerAnswer {
  /** Stable id of the learner's hand-in (for React keys). */
  id: string;
  name: string;
  answer: SavedAnswer | undefined;
}

export interface CompareProps<T extends BlockType> {
  block: BlockOf<T>;
  answers: LearnerAnswer[];
}

export const comparers: { [T in BlockType]?: ComponentType<CompareProps<T>> } = {
  allocation: AllocationCompare,
  'stakeholder-chart': StakeholderChartCompare,
};

/** The block's merged view, if its type has one. */
export function comparerFor<T extends BlockType>(type: T): ComponentType<CompareProps<T>> | undefined {
  return comparers[type] as ComponentType<CompareProps<T>> | undefined;
}
