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

const shapes: [type: string, schema: z.ZodMiniType][] = Object.entries(valueModules).flatMap(([type, m]: [string, ValueModule]) =>
  [m.value, ...(m.earlier ?? [])].map((s) => [type, s] as [string, z.ZodMiniType]),
);

/**
 * Why no block type takes a value: when one type's schema refuses it for size alone (too many
 * keys, items or characters), that type and bound, so a refused file names them; else nothing.
 */
export function sizeProblem(value: unknown): string | undefined {
  // Several types may refuse the same value for the same bound (a record's keys are counted
  // before its values are read): name them all.
  const byBound = new Map<string, string[]>();
  for (const [type, schema] of shapes) {
    const r = schema.safeParse(value);
    if (r.success || !r.error.issues.every((i) => i.code === 'too_big')) continue;
    const i = r.error.issues[0]!;
    const unit = i.origin === 'string' ? 'characters' : i.origin === 'array' ? 'items' : 'entries';
    const where = i.path.length ? ` (${i.path.join('.')})` : '';
    const bound = `${where}: at most ${Number('maximum' in i ? i.maximum : 0).toLocaleString('en-US')} ${unit}`;
    byBound.set(bound, [...(byBound.get(bound) ?? []), type]);
  }
  const [first] = byBound;
  if (!first) return undefined;
  const [bound, types] = first;
  const names = types.length === 1 ? types[0]! : `${types.slice(0, -1).join(', ')} or ${types.at(-1)!}`;
  return `too large for ${/^[aeiou]/.test(names) ? 'an' : 'a'} ${names} answer${bound}`;
}

/**
 * Any value a block could hold, as stored (the block type is not stored with it), in the current
 * or an earlier shape. Checked, not parsed: a union would return the first matching type's parse,
 * with that type's defaults ({ note } is a sort answer and a decision time line's), which the
 * block's own schema may then refuse. `valueFor` reads it with the right one. (`z.check`: the
 * lightest check zod/mini has; `z.refine` and `z.custom` bring a schema class of their own.)
 */
export const anyValue = z.unknown().check(
  z.check((ctx) => {
    if (shapes.some(([, s]) => s.safeParse(ctx.value).success)) return;
    const size = sizeProblem(ctx.value);
    ctx.issues.push({ code: 'custom', input: ctx.value, ...(size ? { message: size } : { message: 'not an answer any block of the course can hold' }) });
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
