/**
 * The cohort board's data: what a participant sends (the payload sealed in a `board`
 * envelope, src/lib/transport/), the board as the facilitator's browser keeps it (with its
 * private key), and each sender's kept answer. Pure: zod/mini schemas with size bounds, and the
 * check an opened payload passes before the board keeps it. A payload is refused whole, with a
 * sentence a facilitator can read out, and the board keeps what it had.
 */
import * as z from 'zod/mini';
import { record } from '../../blocks/value-parts';

export const BOARD_VERSION = 1;
/** More blocks than any lesson has (Activity 4 has five, the largest lab about twenty). */
export const MAX_BOARD_ANSWERS = 40;
/** A signed name, as long as the workbook's name field allows at most. */
export const MAX_NAME_CHARS = 80;
/** One block's answer as JSON: room for a full stakeholder chart, not for a flood of text. */
export const MAX_ANSWER_CHARS = 40_000;
/** The whole payload as JSON. */
export const MAX_PAYLOAD_CHARS = 200_000;

const lessonKey = z.string().check(z.maxLength(200), z.regex(/^[a-z]+\/[a-z0-9-]+$/));
const answerKey = z.string().check(z.maxLength(300), z.regex(/^[a-z]+\/[a-z0-9-]+\/[A-Za-z0-9._-]+$/));
export const boardId = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,40}$/));
const senderId = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,40}$/));
const epoch = z.number().check(z.nonnegative(), z.maximum(8.64e15));

/** What a participant's device seals to the board (TRANSPORT.md's contract). */
export const boardPayload = z.strictObject({
  activity: lessonKey,
  answers: z.record(answerKey, z.unknown()),
  name: z.optional(z.string().check(z.maxLength(MAX_NAME_CHARS))),
  sentAt: epoch,
  sender: senderId,
});
export type BoardPayload = z.infer<typeof boardPayload>;

/** A board as the facilitator's browser keeps it; the workbook export carries it. */
export const storedBoard = z.strictObject({
  v: z.literal(BOARD_VERSION),
  id: boardId,
  activity: lessonKey,
  /** The lesson's title when the board was opened, for the list of boards and the summary. */
  title: z.string().check(z.maxLength(300)),
  publicKey: z.string().check(z.regex(/^[A-Za-z0-9_-]{40,200}$/)),
  privateKey: z.string().check(z.minLength(40), z.maxLength(2000)),
  createdAt: epoch,
});
export type StoredBoard = z.infer<typeof storedBoard>;

/** One sender's answers as kept on the board, under `<board>/<sender>`. */
export const storedBoardAnswer = z.strictObject({
  v: z.literal(BOARD_VERSION),
  board: boardId,
  sender: senderId,
  answers: z.record(answerKey, z.unknown()),
  name: z.optional(z.string().check(z.maxLength(MAX_NAME_CHARS))),
  sentAt: epoch,
  receivedAt: epoch,
  via: z.enum(['camera', 'paste', 'file', 'address']),
  /** How many earlier answers from this sender this one replaced. */
  replaced: z.int().check(z.nonnegative()),
});
export type StoredBoardAnswer = z.infer<typeof storedBoardAnswer>;

export const boardAnswerKey = (board: string, sender: string) => `${board}/${sender}`;

/** More senders than any room holds (the flood test sends 500), to bound a stored view. */
export const MAX_BOARD_SENDERS = 2_000;
const senders = z.array(senderId).check(z.maxLength(MAX_BOARD_SENDERS));

/**
 * What the facilitator has done to one block's view on the board: the cards revealed, hidden
 * and pinned (by sender id), and whether a prediction's outcome has been revealed. Kept so a
 * reload, or another tab, shows the board as the room last saw it.
 */
export const boardBlockView = z.strictObject({
  revealed: z.optional(senders),
  hidden: z.optional(senders),
  pinned: z.optional(senders),
  outcome: z.optional(z.boolean()),
});
export type BoardBlockView = z.infer<typeof boardBlockView>;

/**
 * One board's view, under its id (a key of its own, added in round 10: a board kept before has
 * none and shows every card waiting to be revealed, as it did then).
 */
export const storedBoardView = z.strictObject({
  v: z.literal(BOARD_VERSION),
  board: boardId,
  /** By block id; no more than a board's payload may carry. */
  blocks: record(boardBlockView, MAX_BOARD_ANSWERS),
  /** The facilitator hid the names signed answers carry, on the board and in its summary. */
  hideNames: z.optional(z.literal(true)),
});
export type StoredBoardView = z.infer<typeof storedBoardView>;

export type PayloadCheck = { ok: true; payload: BoardPayload } | { ok: false; message: string };

/**
 * Check an opened payload against the board it arrived at. `blockOf(key)` says whether the key
 * names a block of the board's lesson that may be sent (no private block) and checks the
 * value with that block type's answer schema; it returns the value as read, or undefined.
 * Never throws.
 */
export function checkPayload(raw: unknown, board: Pick<StoredBoard, 'activity'>, readAnswer: (key: string, value: unknown) => unknown): PayloadCheck {
  let size: number;
  try {
    size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    return { ok: false, message: 'The answer could not be read.' };
  }
  if (size > MAX_PAYLOAD_CHARS) return { ok: false, message: 'The answer is larger than any worksheet makes; it was not kept.' };
  const parsed = boardPayload.safeParse(raw);
  if (!parsed.success) return { ok: false, message: 'The answer is not in the form the board reads; it was not kept.' };
  const payload = parsed.data;
  if (payload.activity !== board.activity) return { ok: false, message: 'The answer is for another activity than this board’s; it was not kept.' };
  const entries = Object.entries(payload.answers);
  if (entries.length > MAX_BOARD_ANSWERS) return { ok: false, message: 'The answer holds more blocks than the activity has; it was not kept.' };
  const answers: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    if (!key.startsWith(`${board.activity}/`)) return { ok: false, message: 'The answer names a block of another lesson; it was not kept.' };
    if ((JSON.stringify(value)?.length ?? 0) > MAX_ANSWER_CHARS)
      return { ok: false, message: 'One block’s answer is longer than the board takes; it was not kept.' };
    const read = readAnswer(key, value);
    if (read === undefined)
      return { ok: false, message: 'One block’s answer does not fit that block (altered, or from another version of the course); it was not kept.' };
    answers[key] = read;
  }
  return { ok: true, payload: { ...payload, answers, ...(payload.name?.trim() ? { name: payload.name.trim() } : {}) } };
}

/**
 * What an incoming answer sent at `sentAt` does to the one kept for the same sender: 'new',
 * 'replace' (sent later), 'same' (this answer again), 'older' (an earlier send played after a
 * newer one: refused, so it cannot undo a change).
 */
export function compareSend(kept: Pick<StoredBoardAnswer, 'sentAt'> | undefined, sentAt: number): 'new' | 'replace' | 'same' | 'older' {
  if (!kept) return 'new';
  if (sentAt > kept.sentAt) return 'replace';
  if (sentAt === kept.sentAt) return 'same';
  return 'older';
}

/** The board's link: the participant's activity page with the board's id and public key in the fragment. */
export function boardLink(activityPageUrl: string, board: Pick<StoredBoard, 'id' | 'publicKey'>): string {
  return `${activityPageUrl.replace(/#.*$/, '')}#board=${board.id}.${board.publicKey}`;
}

/** Read a board's id and public key from a page's fragment (`#board=<id>.<key>`); undefined when absent or malformed. */
export function readBoardHash(hash: string): { id: string; publicKey: string } | undefined {
  const m = /(?:^#?|&)board=([A-Za-z0-9_-]{8,40})\.([A-Za-z0-9_-]{40,200})(?:&|$)/.exec(hash);
  return m ? { id: m[1]!, publicKey: m[2]! } : undefined;
}
