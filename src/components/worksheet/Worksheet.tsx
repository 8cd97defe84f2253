/**
 * The worksheet engine: renders every block an activity's content file declares, each bound
 * to its saved answer by the block's stable id. One engine serves every activity, section
 * reflection and reading question.
 */
import { useStore } from '@nanostores/react';
import { Suspense, use, useMemo } from 'react';
import { answerKey } from '../../blocks/answers';
import { isAnswered } from '../../blocks/completeness';
import type { Block, BlockType } from '../../blocks/types';
import { editors, editorsLoading, type Editor } from '../../blocks/editors';
import { $answers } from '../../stores/answers';
import { $progress, setDone } from '../../stores/progress';
import { StorageNotice } from './StorageNotice';
import type { BlockProps, ScenarioText, WorksheetContext } from './types';
import { HydrationGate, SavedLoading, useAnswer, useHydrated } from './useAnswer';

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
    // The worksheet wakes once its block types' editors are here (blocks/editors.tsx); until
    // then React keeps the page as served, fields and all.
    <Suspense>
      <HydrationGate>
        <Blocks {...props} />
      </HydrationGate>
    </Suspense>
  );
}

function Blocks({ worksheetId, blocks, scenarios = {}, completion }: Props) {
  use(editorsLoading(blocks.map((b) => b.type)));
  const ready = useHydrated();
  return (
    // data-hydrated: saved answers are on screen (tests wait for it; the fields work before).
    <div className="worksheet-blocks" data-worksheet={worksheetId} data-hydrated={ready || undefined}>
      <StorageNotice />
      {blocks.map((b) => (
        // Each block hydrates on its own (React yields between them), not the page's worksheet in one task.
        <Suspense key={b.id}>
          <BlockView block={b} answerKey={answerKey(worksheetId, b.id)} context={{ worksheetId, blocks, scenarios }} />
        </Suspense>
      ))}
      {completion && <Completion worksheetId={worksheetId} blocks={blocks} {...completion} />}
    </div>
  );
}

function BlockView({ block, answerKey: key, context }: { block: Block; answerKey: string; context: WorksheetContext }) {
  const { value, setValue, frame } = useAnswer(key, block.type);
  // Never disabled while the island hydrates: a keyboard user tabbing down the page must be
  // able to stop in a field and type; useAnswer keeps what they type before hydration.
  const props = { block, value, onChange: setValue, htmlId: htmlIdFor(key), disabled: false } as BlockProps<BlockType>;
  // The registry pairs each type with its editor; the cast is the one place the union is narrowed.
  const Editor = editors[block.type] as Editor<BlockType>;
  return (
    <div {...frame} className="block-wrap">
      <SavedLoading />
      <Editor {...props} context={context} />
    </div>
  );
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
    // A status line and a checkbox mean nothing on paper.
    <div className="worksheet-toolbar no-print" data-completion>
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
