/**
 * How one block looks answered by a whole cohort: on the review page (several learners'
 * hand-ins) and on the cohort board (answers sent in the room). One registry serves both. A
 * type with a natural aggregate (counts, a distribution, every estimate on one line, charts
 * merged per stakeholder) adds a `<type>/Compare.tsx` and a line here; every other type shows
 * each answer as a card (from the type's `view.ts`). On the review page the cards follow the
 * aggregate, named, since a provider reviews people; on the board they are for the facilitator
 * to reveal one at a time, and carry no name unless the sender signed.
 */
import type { ComponentType } from 'react';
import type { CompareProps } from './compare-props';
import type { BlockType } from './types';
import { AllocationCompare } from './allocation/Compare';
import { ChecklistCompare } from './checklist/Compare';
import { ChoiceCompare } from './choice/Compare';
import { AnswerCards } from './cohort-parts';
import { RatingCompare } from './rating/Compare';
import { SortCompare } from './sort/Compare';
import { StakeholderChartCompare } from './stakeholder-chart/Compare';

export type { CohortMode, CompareProps, LearnerAnswer } from './compare-props';

export const comparers: { [T in BlockType]?: ComponentType<CompareProps<T>> } = {
  allocation: AllocationCompare,
  checklist: ChecklistCompare,
  choice: ChoiceCompare,
  rating: RatingCompare,
  sort: SortCompare,
  'stakeholder-chart': StakeholderChartCompare,
};

/** The block's merged view, if its type has one. */
export function comparerFor<T extends BlockType>(type: T): ComponentType<CompareProps<T>> | undefined {
  return comparers[type] as ComponentType<CompareProps<T>> | undefined;
}

/** One block as a cohort answered it: the type's merged view if it has one, and the answers as cards. */
export function CohortView({ block, answers, mode = 'review', state, onState }: CompareProps<BlockType>) {
  const Merged = comparerFor(block.type) as ComponentType<CompareProps<BlockType>> | undefined;
  if (!Merged) return <AnswerCards block={block} answers={answers} mode={mode} state={state} onState={onState} />;
  return (
    <>
      <Merged block={block} answers={answers} mode={mode} state={state} onState={onState} />
      {mode === 'review' && (
        <details className="each-answer">
          <summary>Each learner's answer</summary>
          <AnswerCards block={block} answers={answers} mode="review" />
        </details>
      )}
    </>
  );
}
