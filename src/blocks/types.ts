/** Types every registry shares, from the list of types (schemas.ts). Type-only: importing it costs a page no script. */
import type { z } from 'zod';
import type { block } from './schemas';

export type Block = z.infer<typeof block>;
export type BlockType = Block['type'];
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;
