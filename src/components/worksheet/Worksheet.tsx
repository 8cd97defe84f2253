/**
 * The worksheet engine: renders every block an activity's content file declares, each bound
 * to its saved answer by the block's stable id. One engine serves every activity, section
 * reflection and reading question.
 */
import { useStore } from '@nanostores/react';
import { Suspense, useMemo, type ReactNode } from 'react';
import { answerKey, isAnswered } from '../../lib/answers';
import type { Block, BlockType } from '../../lib/blocks';
import { $answers } from '../../stores/answers';
import { $progress, setDone } from '../../stores/progress';
import { AllocationBlock } from './AllocationBlock';
import { ChecklistBlock } from './ChecklistBlock';
import { ChoiceBlock } from './ChoiceBlock';
import { Deferred } from './Deferred';
import { GridBlock } from './GridBlock';
import { ListBlock } from './ListBlock';
import { RatingBlock } from './RatingBlock';
import { StakeholderChartBlock } from './StakeholderChartBlock';
import { StorageNotice } from './StorageNotice';
import { TextBlock } from './TextBlock';
import type { BlockOf, BlockProps, ScenarioText } from './types';
import { HydrationGate, useAnswer, useHydrated } from './useAnswer';
import { VideoNotesBlock } from './VideoNotesBlock';

interface Props {
  /** `kind/id` of the lesson; answers are stored under `worksheetId/blockId`. */
  worksheetId: string;
  blocks: Block[];
  /** Stakeholder-case texts by scenario id, for charts that show their case. */
  scenarios?: Record<string, ScenarioText>;
  /** Shown on activities: completion from required blocks, and a "mark as done" switch. */
  completion?: { lessonKey: string; requiredIds: string[] };
}

const htmlIdFor = (key: string) => `ws-${key.replace(/[^a-z0-9]+/gi, '-')}`;

export default function Worksheet(props: Props) {
  return (
    <HydrationGate>
      <Blocks {...props} />
    </HydrationGate>
  );
}

function Blocks({ worksheetId, blocks, scenarios = {}, completion }: Props) {
  const ready = useHydrated();
  return (
    // data-hydrated: saved answers are on screen (tests wait for it; the fields work before).
    <div className="worksheet-blocks" data-hydrated={ready || undefined}>
      <StorageNotice />
      {blocks.map((b) => (
        // Each block hydrates on its own (React yields between them), not the page's worksheet in one task.
        <Suspense key={b.id}>
          <BlockView
            block={b}
            answerKey={answerKey(worksheetId, b.id)}
            scenario={b.type === 'stakeholder-chart' && b.scenario ? scenarios[b.scenario] : undefined}
            context={{ worksheetId, blocks }}
          />
        </Suspense>
      ))}
      {completion && <Completion worksheetId={worksheetId} blocks={blocks} {...completion} />}
    </div>
  );
}

/** What a block may read besides its own answer: the other blocks of its worksheet (read only). */
interface WorksheetContext {
  worksheetId: string;
  blocks: Block[];
}

function BlockView({
  block,
  answerKey: key,
  scenario,
  context,
}: {
  block: Block;
  answerKey: string;
  scenario: ScenarioText | undefined;
  context: WorksheetContext;
}) {
  const { value, setValue, containerRef } = useAnswer(key, block.type);
  // Never disabled while the island hydrates: a keyboard user tabbing down the page must be
  // able to stop in a field and type; useAnswer keeps what they type before hydration.
  const props = { block, value, onChange: setValue, htmlId: htmlIdFor(key), disabled: false } as BlockProps<BlockType>;
  return (
    <div ref={containerRef} className="block-wrap">
      {render(props, scenario, context)}
    </div>
  );
}

const loadAdviceNetwork = () => import('./AdviceNetworkBlock').then((m) => m.AdviceNetworkBlock);
const loadSort = () => import('./SortBlock').then((m) => m.SortBlock);
const loadDecisionTimeline = () => import('./DecisionTimelineBlock').then((m) => m.DecisionTimelineBlock);
const loadCyclePlanner = () => import('./CyclePlannerBlock').then((m) => m.CyclePlannerBlock);

function render(props: BlockProps<BlockType>, scenario: ScenarioText | undefined, context: WorksheetContext): ReactNode {
  // Narrow the union once here so each block component gets its own exact props.
  const as = <T extends BlockType>(p: BlockProps<BlockType>) => p as unknown as BlockProps<T> & { block: BlockOf<T> };
  switch (props.block.type) {
    case 'text':
      return <TextBlock {...as<'text'>(props)} />;
    case 'list':
      return <ListBlock {...as<'list'>(props)} />;
    case 'grid':
      return <GridBlock {...as<'grid'>(props)} />;
    case 'checklist':
      return <ChecklistBlock {...as<'checklist'>(props)} />;
    case 'rating':
      return <RatingBlock {...as<'rating'>(props)} />;
    case 'choice':
      return <ChoiceBlock {...as<'choice'>(props)} />;
    case 'video-notes':
      return <VideoNotesBlock {...as<'video-notes'>(props)} />;
    case 'allocation':
      return <AllocationBlock {...as<'allocation'>(props)} />;
    case 'stakeholder-chart':
      return <StakeholderChartBlock {...as<'stakeholder-chart'>(props)} {...(scenario ? { scenario } : {})} />;
    // The diagram tools load their code only on pages that use them (see Deferred).
    case 'advice-network':
      return <Deferred load={loadAdviceNetwork} props={{ ...as<'advice-network'>(props), worksheetId: context.worksheetId, blocks: context.blocks }} />;
    case 'sort':
      return <Deferred load={loadSort} props={as<'sort'>(props)} />;
    case 'decision-timeline':
      return <Deferred load={loadDecisionTimeline} props={as<'decision-timeline'>(props)} />;
    case 'cycle-planner':
      return <Deferred load={loadCyclePlanner} props={as<'cycle-planner'>(props)} />;
  }
}

function Completion({ worksheetId, blocks, lessonKey, requiredIds }: { worksheetId: string; blocks: Block[]; lessonKey: string; requiredIds: string[] }) {
  const ready = useHydrated();
  const required = useMemo(() => blocks.filter((b) => requiredIds.includes(b.id)), [blocks, requiredIds]);
  const keys = useMemo(() => required.map((b) => answerKey(worksheetId, b.id)), [required, worksheetId]);
  // Only the required answers: typing in any other block does not recount.
  const answers = useStore($answers, { keys });
  const progress = useStore($progress)[lessonKey];
  const answered = required.filter((b) => isAnswered(b, answers[answerKey(worksheetId, b.id)])).length;
  const done = ready && Boolean(progress?.done);
  const complete = ready && (done || (required.length > 0 && answered === required.length));
  return (
    <div className="worksheet-toolbar" data-completion>
      <p className={complete ? 'notice ok' : 'save-status'} aria-live="polite">
        {!ready
          ? 'Loading your saved answers…'
          : complete
            ? 'This activity is complete.'
            : `${answered} of ${required.length} required ${required.length === 1 ? 'answer' : 'answers'} given.`}
      </p>
      <label className="check-option">
        <input type="checkbox" checked={done} disabled={!ready} onChange={(e) => setDone(lessonKey, e.target.checked)} />
        Mark this activity as done
      </label>
    </div>
  );
}
