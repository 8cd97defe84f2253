/**
 * Saved answers: their shapes per block type, how to read a stored value safely, and when a
 * block counts as answered. Pure: no browser APIs, unit-tested in tests/unit.
 */
import * as z from 'zod/mini';
import type { BlockType } from './blocks';
import type { SavedAnswer } from './completeness';

const MAX_TEXT = 20_000;
const MAX_ITEMS = 200;
const text = z.string().check(z.maxLength(MAX_TEXT));
const id = z.string().check(z.maxLength(120));

const list = <T extends z.ZodMiniType>(item: T, max = MAX_ITEMS) => z.array(item).check(z.maxLength(max));

export const gridValue = z.strictObject({
  cells: z._default(z.record(id, z.record(id, text)), {}),
  added: z._default(list(z.strictObject({ id, label: text })), []),
});

export const noteValue = z.strictObject({ id, t: z.number().check(z.minimum(0), z.maximum(86_400)), role: id, text });

/**
 * Video notes and the note being typed (the draft, kept as the learner types, so a reload or
 * a closed tab loses nothing). `time` is the time field as typed, which may be unfinished.
 * Until 2026-11-30 the value was the bare list of notes: see `migrateValue`.
 */
export const videoNotesValue = z.strictObject({
  notes: list(noteValue, 1000),
  draft: z._default(z.strictObject({ text, time: z.string().check(z.maxLength(20)), role: id }), { text: '', time: '0:00', role: '' }),
});
/** The first stored shape of video notes. Still read; never written. */
const videoNotesV1 = list(noteValue, 1000);

export const stakeholderRow = z.strictObject({
  id,
  name: text,
  cells: z._default(z.record(id, text), {}),
  losses: z._default(list(id), []),
});

export const chartValue = z.strictObject({
  charts: list(z.strictObject({ id, title: text, challenge: text, rows: list(stakeholderRow) }), 50),
});

export const orgChartValue = z.strictObject({
  positions: list(z.strictObject({ id, title: text, person: text, reportsTo: z._default(id, '') }), 100),
});

export const timelineValue = z.strictObject({
  inputs: z._default(z.record(id, z.number().check(z.minimum(0), z.maximum(100_000))), {}),
  note: z._default(text, ''),
});

export const cycleValue = z.strictObject({
  problem: z._default(text, ''),
  participants: z._default(list(z.strictObject({ id, name: text, stages: list(id, 20) }), 100), []),
});

/** The value schema for each block type. */
export const valueSchemas = {
  text,
  list: list(text),
  grid: gridValue,
  checklist: list(id),
  rating: z.record(id, z.int().check(z.minimum(0), z.maximum(100))),
  choice: list(id),
  'video-notes': videoNotesValue,
  allocation: z.record(id, z.number().check(z.minimum(0), z.maximum(100_000))),
  'stakeholder-chart': chartValue,
  'advice-network': orgChartValue,
  sort: z.record(id, id),
  'decision-timeline': timelineValue,
  'cycle-planner': cycleValue,
} satisfies Record<BlockType, z.ZodMiniType>;

export type AnswerValue<T extends BlockType = BlockType> = z.infer<(typeof valueSchemas)[T]>;

/** Any value a block could hold, as stored (the block type is not stored with it), in the current or an earlier shape. */
export const anyValue = z.union([...Object.values(valueSchemas), videoNotesV1] as unknown as [z.ZodMiniType, z.ZodMiniType, ...z.ZodMiniType[]]);

/** Earlier stored shapes, brought to the current one when read. */
function migrateValue(type: BlockType, v: unknown): unknown {
  if (type === 'video-notes' && Array.isArray(v)) return { notes: v };
  return v;
}

/** What is stored under one answer key: the value and when it was last changed. */
export const savedAnswer = z.strictObject({ v: anyValue, at: z.int().check(z.nonnegative()) });
export type { SavedAnswer } from './completeness';
export { isAnswered } from './completeness';

/** Read a block's value from storage, or undefined when it is empty or of another shape. */
export function valueFor<T extends BlockType>(type: T, saved: SavedAnswer | undefined): AnswerValue<T> | undefined {
  if (!saved) return undefined;
  const parsed = valueSchemas[type].safeParse(migrateValue(type, saved.v));
  return parsed.success ? (parsed.data as AnswerValue<T>) : undefined;
}

/** Storage field for one block: `<kind>/<lessonId>/<blockId>`. */
export function answerKey(worksheetId: string, blockId: string): string {
  return `${worksheetId}/${blockId}`;
}
