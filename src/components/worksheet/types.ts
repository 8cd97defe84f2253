import type { AnswerValue } from '../../blocks/answers';
import type { Block, BlockOf, BlockType } from '../../blocks/types';

export type { BlockOf } from '../../blocks/types';

/** What every block editor receives from the engine. */
export interface BlockProps<T extends BlockType> {
  block: BlockOf<T>;
  value: AnswerValue<T> | undefined;
  onChange: (value: AnswerValue<T>) => void;
  /** Unique prefix for HTML ids within the page. */
  htmlId: string;
  disabled: boolean;
}

/** What an editor may read besides its own answer: its worksheet (read only) and the texts of its cases. */
export interface WorksheetContext {
  /** `kind/id` of the lesson; answers are stored under `worksheetId/blockId`. */
  worksheetId: string;
  blocks: Block[];
  /** Stakeholder-case texts by scenario id, for charts that show their case. */
  scenarios: Record<string, ScenarioText>;
}

/** An editor as the registry holds it: the block's props and its worksheet. */
export type EditorProps<T extends BlockType> = BlockProps<T> & { context: WorksheetContext };

export interface ScenarioText {
  title: string;
  story: string[];
}
