/**
 * Saved answers: their shapes per block type, how to read a stored value safely, and when a
 * block counts as answered. Pure: no browser APIs, unit-tested in tests/unit.
 */
import { z } from 'zod';
import type { Block, BlockType } from './blocks';

const MAX_TEXT = 20_000;
const MAX_ITEMS = 200;
const text = z.string().max(MAX_TEXT);
const id = z.string().max(120);

export const gridValue = z
  .object({
    cells: z.record(id, z.record(id, text)).default({}),
    added: z.array(z.object({ id, label: text }).strict()).max(MAX_ITEMS).default([]),
  })
  .strict();

export const noteValue = z.object({ id, t: z.number().min(0).max(86_400), role: id, text }).strict();

export const stakeholderRow = z
  .object({
    id,
    name: text,
    cells: z.record(id, text).default({}),
    losses: z.array(id).max(MAX_ITEMS).default([]),
  })
  .strict();

export const chartValue = z
  .object({
    charts: z
      .array(
        z
          .object({ id, title: text, challenge: text, rows: z.array(stakeholderRow).max(MAX_ITEMS) })
          .strict(),
      )
      .max(50),
  })
  .strict();

/** The value schema for each block type. */
export const valueSchemas = {
  text,
  list: z.array(text).max(MAX_ITEMS),
  grid: gridValue,
  checklist: z.array(id).max(MAX_ITEMS),
  rating: z.record(id, z.number().int().min(0).max(100)),
  choice: z.array(id).max(MAX_ITEMS),
  'video-notes': z.array(noteValue).max(1000),
  allocation: z.record(id, z.number().min(0).max(100_000)),
  'stakeholder-chart': chartValue,
} satisfies Record<BlockType, z.ZodType>;

export type AnswerValue<T extends BlockType = BlockType> = z.infer<(typeof valueSchemas)[T]>;

/** Any value a block could hold, as stored (the block type is not stored with it). */
export const anyValue = z.union(Object.values(valueSchemas) as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]);

/** What is stored under one answer key: the value and when it was last changed. */
export const savedAnswer = z.object({ v: anyValue, at: z.number().int().nonnegative() }).strict();
export type SavedAnswer = { v: unknown; at: number };

/** Read a block's value from storage, or undefined when it is empty or of another shape. */
export function valueFor<T extends BlockType>(type: T, saved: SavedAnswer | undefined): AnswerValue<T> | undefined {
  if (!saved) return undefined;
  const parsed = valueSchemas[type].safeParse(saved.v);
  return parsed.success ? (parsed.data as AnswerValue<T>) : undefined;
}

const filled = (s: string | undefined) => typeof s === 'string' && s.trim().length > 0;

/** Whether a block holds a real answer (not just empty fields). */
export function isAnswered(block: Pick<Block, 'type'>, saved: SavedAnswer | undefined): boolean {
  if (!saved) return false;
  const v = saved.v;
  switch (block.type) {
    case 'text':
      return filled(v as string);
    case 'list':
    case 'checklist':
    case 'choice':
      return Array.isArray(v) && v.some((x) => (typeof x === 'string' ? filled(x) : true));
    case 'grid': {
      const g = gridValue.safeParse(v);
      return g.success && Object.values(g.data.cells).some((row) => Object.values(row).some(filled));
    }
    case 'rating':
    case 'allocation':
      return typeof v === 'object' && v !== null && Object.keys(v).length > 0;
    case 'video-notes':
      return Array.isArray(v) && v.some((n) => filled((n as { text?: string }).text));
    case 'stakeholder-chart': {
      const c = chartValue.safeParse(v);
      return c.success && c.data.charts.some((ch) => ch.rows.some((r) => Object.values(r.cells).some(filled) || r.losses.length > 0));
    }
  }
}

/** Storage field for one block: `<kind>/<lessonId>/<blockId>`. */
export function answerKey(worksheetId: string, blockId: string): string {
  return `${worksheetId}/${blockId}`;
}
