/**
 * Read-only views of an answer by block type (`<type>/view.ts`): the portfolio, the Markdown
 * export and the review page render them. A view receives a value already read through the
 * type's answer schema (`valueFor`), never the raw stored one.
 */
import { byType } from './by-type';
import type { BlockOf, BlockType } from './types';
import type { AnswerValue } from './values';
import type { AnswerView } from './view-parts';

export type ViewOf<T extends BlockType> = (block: BlockOf<T>, value: AnswerValue<T>) => AnswerView[];

/** Each type's view, from its folder's `view.ts`. */
export const views = byType(import.meta.glob<ViewOf<BlockType>>('./*/view.ts', { eager: true, import: 'view' })) as {
  [T in BlockType]: ViewOf<T>;
};
