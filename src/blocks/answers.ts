/**
 * Saved answers: how to read a stored value safely, whatever its block type. The shape of each
 * type's value, and its migrations, live with the type (`src/blocks/<type>/value.ts`, gathered
 * by `src/blocks/values.ts`). Pure: no browser APIs, unit-tested in tests/unit.
 */
import * as z from 'zod/mini';
import { valueModules, type AnswerValue, type ValueModule } from './values';
import type { BlockType } from './types';
import type { SavedAnswer } from './completeness';

export type { AnswerValue } from './values';

const shapes: z.ZodMiniType[] = Object.values(valueModules).flatMap((m: ValueModule) => [m.value, ...(m.earlier ?? [])]);

/**
 * Any value a block could hold, as stored (the block type is not stored with it), in the current
 * or an earlier shape. Checked, not parsed: a union would return the first matching type's parse,
 * with that type's defaults ({ note } is a sort answer and a decision time line's), which the
 * block's own schema may then refuse. `valueFor` reads it with the right one. (`z.check`: the
 * lightest check zod/mini has; `z.refine` and `z.custom` bring a schema class of their own.)
 */
export const anyValue = z.unknown().check(
  z.check((ctx) => {
    if (!shapes.some((s) => s.safeParse(ctx.value).success)) ctx.issues.push({ code: 'custom', input: ctx.value });
  }),
);

/** What is stored under one answer key: the value and when it was last changed. */
export const savedAnswer = z.strictObject({ v: anyValue, at: z.int().check(z.nonnegative()) });
export type { SavedAnswer } from './completeness';

/** Read a block's value from storage, or undefined when it is empty or of another shape. */
export function valueFor<T extends BlockType>(type: T, saved: SavedAnswer | undefined): AnswerValue<T> | undefined {
  return readValue(valueModules[type], saved) as AnswerValue<T> | undefined;
}

/** Read a stored value with one type's answer schema, migrating an earlier shape first. */
export function readValue(m: ValueModule, saved: SavedAnswer | undefined): unknown {
  if (!saved) return undefined;
  const parsed = m.value.safeParse(m.migrate ? m.migrate(saved.v) : saved.v);
  return parsed.success ? parsed.data : undefined;
}

/** Storage field for one block: `<kind>/<lessonId>/<blockId>`. */
export function answerKey(worksheetId: string, blockId: string): string {
  return `${worksheetId}/${blockId}`;
}
