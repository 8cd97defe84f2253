/**
 * Limits and pieces the answer schemas share (`<type>/value.ts`). zod/mini: this code runs in
 * the browser on every worksheet page.
 *
 * Every size is bounded by what the block's editor can produce (docs/limits.md lists them per
 * type): a file built by hand with 50,000 keys in one answer is refused with the bound named,
 * before the review page or the portfolio try to draw it.
 */
import * as z from 'zod/mini';

/** Characters in one text field (every editor's textarea and input has this `maxLength`). */
export const MAX_TEXT = 20_000;
/** Entries a learner can add to one list (rows, notes, positions, items). */
export const MAX_ITEMS = 200;
/** Options, items, rows or columns an author can give one block (the authoring schemas cap them too). */
export const MAX_AUTHORED = 100;
export const text = z.string().check(z.maxLength(MAX_TEXT));
export const id = z.string().check(z.maxLength(120));
export const list = <T extends z.ZodMiniType>(item: T, max = MAX_ITEMS) => z.array(item).check(z.maxLength(max));

/**
 * An object keyed by ids with at most `max` keys. The keys are counted before any value is read,
 * so an answer with 50,000 keys is refused at once instead of being parsed first.
 */
export const record = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.pipe(
    z.unknown().check(
      z.check((ctx) => {
        const v = ctx.value;
        if (!v || typeof v !== 'object' || Array.isArray(v)) return;
        let n = 0;
        for (const k in v) if (Object.hasOwn(v, k) && ++n > max) break;
        if (n > max) ctx.issues.push({ code: 'too_big', origin: 'object', maximum: max, inclusive: true, input: v, message: `at most ${max} entries` });
      }),
    ),
    z.record(id, item),
  );
