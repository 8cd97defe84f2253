/**
 * Answer schemas by block type (zod/mini), with the migrations of earlier stored shapes, found
 * in each type's folder: `<type>/value.ts` exports `value`, and `migrate` and `earlier` when
 * its stored shape changed. The answer types come from the list of types (schemas.ts, whose
 * `schema.ts` modules re-export `value`) by a type-only import: full zod never reaches a page.
 * Plain Node has no `import.meta.glob`: Playwright's side loads the modules that reach this one
 * through Vite (tests/source.ts).
 */
import type * as z from 'zod/mini';
import type { blockTypes } from './schemas';
import type { BlockType } from './types';
import type { ValueModule } from './value-module';

export type { ValueModule } from './value-module';

// Keyed by folder here, not with byType: by-type.ts goes in the course map's status chunk
// (astro.config.mjs), which pages with the answer stores but no status would then fetch too.
const found = import.meta.glob<ValueModule>('./*/value.ts', { eager: true });

/** Each type's answer schema and migrations, from its folder's `value.ts`. */
export const valueModules = Object.fromEntries(Object.entries(found).map(([path, m]) => [path.split('/')[1], m])) as {
  [T in BlockType]: ValueModule;
};

/** The answer a block of type `T` holds, in its current shape. */
export type AnswerValue<T extends BlockType = BlockType> = z.infer<(typeof blockTypes)[T]['value']>;
