/**
 * When a block counts as answered, by block type. Free of zod and React so the course map can
 * show every lesson's status with a few kilobytes of script (scripts/budgets.mjs): each rule
 * (`<type>/complete.ts`) checks the shape it needs itself.
 */
import { byType } from './by-type';
import type { BlockType } from './types';

/** What is stored under one answer key: the value and when it was last changed. */
export type SavedAnswer = { v: unknown; at: number };

/** Whether a stored value holds a real answer (not just empty fields); `block` is the block as authored, as far as the caller has it. */
export type Completeness = (value: unknown, block: unknown) => boolean;

/** Each type's rule, from its folder's `complete.ts`. */
export const completeness = byType(import.meta.glob<Completeness>('./*/complete.ts', { eager: true, import: 'isAnswered' })) as {
  [T in BlockType]: Completeness;
};

/** Whether a block holds a real answer (not just empty fields); an unknown type never does. */
export function isAnswered(block: { type: BlockType }, saved: SavedAnswer | undefined): boolean {
  if (!saved) return false;
  const rule: Completeness | undefined = completeness[block.type];
  return rule ? rule(saved.v, block) : false;
}
