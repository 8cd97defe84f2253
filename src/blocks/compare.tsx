/**
 * How the review page shows one block answered by several learners. Most types show each
 * learner's answer side by side (the review page's default, from the type's `view.ts`); a type
 * that reads better merged adds a `<type>/Compare.tsx` and a line here.
 */
import type { ComponentType } from 'react';
import type { CompareProps } from './compare-props';
import type { BlockType } from './types';
import { AllocationCompare } from './allocation/Compare';
import { StakeholderChartCompare } from './stakeholder-chart/Compare';

export type { CompareProps, LearnerAnswer } from './compare-props';

export const comparers: { [T in BlockType]?: ComponentType<CompareProps<T>> } = {
  allocation: AllocationCompare,
  'stakeholder-chart': StakeholderChartCompare,
};

/** The block's merged view, if its type has one. */
export function comparerFor<T extends BlockType>(type: T): ComponentType<CompareProps<T>> | undefined {
  return comparers[type] as ComponentType<CompareProps<T>> | undefined;
}
