/**
 * Limits and pieces the answer schemas share (`<type>/value.ts`). zod/mini: this code runs in
 * the browser on every worksheet page.
 */
import * as z from 'zod/mini';

export const MAX_TEXT = 20_000;
export const MAX_ITEMS = 200;
export const text = z.string().check(z.maxLength(MAX_TEXT));
export const id = z.string().check(z.maxLength(120));
export const list = <T extends z.ZodMiniType>(item: T, max = MAX_ITEMS) => z.array(item).check(z.maxLength(max));
