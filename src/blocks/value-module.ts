// What each type's `value.ts` exports, apart from the registries that gather them, so the list
// of types (schemas.ts) and the answer registry (values.ts) do not import each other.
import type * as z from 'zod/mini';

/** What a block type's `value.ts` exports. */
export interface ValueModule {
  value: z.ZodMiniType;
  /** Shapes stored by earlier versions, still accepted (old portfolio files import). */
  earlier?: z.ZodMiniType[];
  /** Brings an earlier stored shape to the current one when read. */
  migrate?: (stored: unknown) => unknown;
}
