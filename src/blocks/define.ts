/**
 * The registry's machinery, kept apart from the list of types (`schemas.ts`) so a test can
 * build a registry with a type of its own (tests/unit/block-registry.test.ts). Build time
 * only: full zod.
 */
import { z } from 'zod';
import type { BaseBlock, CrossIssue } from './common';

/** What a block type's `schema.ts` exports. */
export interface SchemaModule {
  schema: z.ZodObject<{ type: z.ZodLiteral<string> } & z.ZodRawShape>;
  /** References the schema alone cannot check (to items, categories, other blocks). */
  crossCheck?: (block: never, blocks: readonly BaseBlock[]) => CrossIssue[];
}

/** The authoring schema of a block (the union of the types) and of a worksheet (a list of blocks). */
export function blockSchemasOf<M extends Record<string, SchemaModule>>(modules: M) {
  const schemas = Object.values(modules).map((m) => m.schema) as [M[keyof M]['schema'], ...M[keyof M]['schema'][]];
  const block = z.discriminatedUnion('type', schemas);
  type Block = z.infer<typeof block>;
  const crossCheck = (b: Block, blocks: Block[]): CrossIssue[] => {
    const check = (modules[b.type as keyof M] as SchemaModule | undefined)?.crossCheck as
      ((b: Block, blocks: readonly BaseBlock[]) => CrossIssue[]) | undefined;
    return check ? check(b, blocks as readonly BaseBlock[]) : [];
  };
  /** Blocks must have distinct ids within one worksheet, and pass their type's cross-checks. */
  const worksheet = z
    .array(block)
    .superRefine((blocks, ctx) => {
      const seen = new Set<string>();
      blocks.forEach((b, i) => {
        const id = (b as BaseBlock).id;
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate block id "${id}"` });
        seen.add(id);
      });
      blocks.forEach((b, i) => {
        for (const issue of crossCheck(b, blocks)) ctx.addIssue({ code: 'custom', path: [i, ...issue.path], message: issue.message });
      });
    })
    .describe('The worksheet: blocks in the order the learner meets them.');
  return { block, worksheet };
}
