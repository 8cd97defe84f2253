import type { AnswerValue } from '../../lib/answers';
import type { Block, BlockType } from '../../lib/blocks';

export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;

/** What every block component receives from the engine. */
export interface BlockProps<T extends BlockType> {
  block: BlockOf<T>;
  value: AnswerValue<T> | undefined;
  onChange: (value: AnswerValue<T>) => void;
  /** Unique prefix for HTML ids within the page. */
  htmlId: string;
  disabled: boolean;
}

export interface ScenarioText {
  title: string;
  story: string[];
}
