/**
 * Worksheet blocks as content files declare them. Each block type lives in its own folder,
 * `src/blocks/<type>/`, listed in `src/blocks/schemas.ts`; this module is the short name the
 * rest of the code imports. Each block carries a stable `id` written by hand in the content:
 * saved answers are keyed by it, never by position.
 */
export { block, stableId, worksheet } from '../blocks/schemas';
export type { Block, BlockOf, BlockType } from '../blocks/types';
