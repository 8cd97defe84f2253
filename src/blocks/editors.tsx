/**
 * Editors by block type (`<type>/Editor.tsx`): what the worksheet engine renders for each
 * block. The diagram tools are `deferred`: their code is a chunk of its own, fetched once the
 * learner acts on the page (Deferred.tsx, first-interaction.ts), so the worksheet island stays
 * inside the size budget; until then the server HTML shows the block's label and help.
 */
import type { ComponentType } from 'react';
import { Deferred } from '../components/worksheet/Deferred';
import type { EditorProps } from '../components/worksheet/types';
import type { BlockType } from './types';
import { AllocationBlock } from './allocation/Editor';
import { ChecklistBlock } from './checklist/Editor';
import { ChoiceBlock } from './choice/Editor';
import { GridBlock } from './grid/Editor';
import { ListBlock } from './list/Editor';
import { RatingBlock } from './rating/Editor';
import { StakeholderChartBlock } from './stakeholder-chart/Editor';
import { TextBlock } from './text/Editor';
import { VideoNotesBlock } from './video-notes/Editor';

export type Editor<T extends BlockType> = ComponentType<EditorProps<T>>;

/** An editor whose code loads only once the learner acts on a page that has one. */
export function deferred<T extends BlockType>(load: () => Promise<Editor<T>>): Editor<T> {
  const DeferredEditor = (props: EditorProps<T>) => <Deferred load={load} props={props} />;
  return DeferredEditor;
}

export const editors = {
  text: TextBlock,
  list: ListBlock,
  grid: GridBlock,
  checklist: ChecklistBlock,
  rating: RatingBlock,
  choice: ChoiceBlock,
  'video-notes': VideoNotesBlock,
  allocation: AllocationBlock,
  'stakeholder-chart': (props) => {
    const scenario = props.block.scenario ? props.context.scenarios[props.block.scenario] : undefined;
    return <StakeholderChartBlock {...props} {...(scenario ? { scenario } : {})} />;
  },
  'advice-network': deferred(() => import('./advice-network/Editor').then((m) => m.AdviceNetworkBlock)),
  sort: deferred(() => import('./sort/Editor').then((m) => m.SortBlock)),
  'decision-timeline': deferred(() => import('./decision-timeline/Editor').then((m) => m.DecisionTimelineBlock)),
  'cycle-planner': deferred(() => import('./cycle-planner/Editor').then((m) => m.CyclePlannerBlock)),
} satisfies { [T in BlockType]: Editor<T> };
