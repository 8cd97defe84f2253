/**
 * The facilitator's cohort boards (each with its private key) and the answers sent to them,
 * saved in this browser: a board survives a reload, and the workbook's export carries it. Each
 * sender's answer lives under its own key (`<board>/<sender>`), so two tabs collecting at once
 * never overwrite each other, and a sender who sends again replaces their earlier answer.
 * Also the participant's side: one random sender id per board on this device.
 */
import * as z from 'zod/mini';
import { boardAnswerKey, compareSend, storedBoard, storedBoardAnswer, type BoardPayload, type StoredBoard, type StoredBoardAnswer } from '../lib/board/payload';
import { persistedMap } from './persisted';

export const BOARDS_PREFIX = 'course:v1:boards:';
export const BOARD_ANSWERS_PREFIX = 'course:v1:board-answers:';
/** Per board id, the random id this device sends under (participant side). */
export const BOARD_SENDERS_PREFIX = 'course:v1:board-senders:';

export const $boards = persistedMap<StoredBoard>(BOARDS_PREFIX, storedBoard);
export const $boardAnswers = persistedMap<StoredBoardAnswer>(BOARD_ANSWERS_PREFIX, storedBoardAnswer);

export const BOARD_META_PREFIX = 'course:v1:board-meta:';
/** `current`: the id of the board the board page shows when its address names none. */
export const $boardMeta = persistedMap<string>(BOARD_META_PREFIX, z.string().check(z.regex(/^[A-Za-z0-9_-]{8,40}$/)));

export function saveBoard(board: StoredBoard): void {
  $boards.setKey(board.id, board);
  showBoard(board.id);
}

export function showBoard(boardId: string): void {
  if ($boardMeta.get()['current'] !== boardId) $boardMeta.setKey('current', boardId);
}

/** The boards opened for one lesson, newest first. */
export function boardsFor(activity: string): StoredBoard[] {
  return Object.values($boards.get())
    .filter((b): b is StoredBoard => b !== undefined && b.activity === activity)
    .sort((a, b) => b.createdAt - a.createdAt);
}

/** The answers kept on one board, in the order they first arrived. */
export function answersOf(boardId: string, all: Record<string, StoredBoardAnswer | undefined> = $boardAnswers.get()): StoredBoardAnswer[] {
  return Object.values(all)
    .filter((a): a is StoredBoardAnswer => a !== undefined && a.board === boardId)
    .sort((a, b) => a.receivedAt - b.receivedAt);
}

export type Kept = { outcome: 'new' | 'replace' | 'same' } | { outcome: 'older'; kept: StoredBoardAnswer };

/** Keep a checked answer, unless one sent later by the same sender is already kept. */
export function keepBoardAnswer(boardId: string, payload: BoardPayload, via: StoredBoardAnswer['via'], now = Date.now()): Kept {
  const key = boardAnswerKey(boardId, payload.sender);
  const kept = $boardAnswers.get()[key];
  const outcome = compareSend(kept, payload.sentAt);
  if (outcome === 'older') return { outcome, kept: kept! };
  if (outcome === 'same') return { outcome };
  $boardAnswers.setKey(key, {
    v: 1,
    board: boardId,
    sender: payload.sender,
    answers: payload.answers,
    ...(payload.name ? { name: payload.name } : {}),
    sentAt: payload.sentAt,
    // A replaced answer keeps its place in the order of arrival.
    receivedAt: kept?.receivedAt ?? now,
    via,
    replaced: outcome === 'replace' ? (kept?.replaced ?? 0) + 1 : 0,
  });
  return { outcome };
}

/** Empty a board, keeping the board itself; returns what was removed, for undo. */
export function clearBoard(boardId: string): StoredBoardAnswer[] {
  const removed = answersOf(boardId);
  for (const a of removed) $boardAnswers.setKey(boardAnswerKey(a.board, a.sender), undefined);
  return removed;
}

/** Put back the answers a clear removed, unless the same sender has sent since. */
export function undoClearBoard(removed: StoredBoardAnswer[]): void {
  for (const a of removed) {
    const key = boardAnswerKey(a.board, a.sender);
    const now = $boardAnswers.get()[key];
    if (!now || now.sentAt < a.sentAt) $boardAnswers.setKey(key, a);
  }
}

/** Remove a board and its answers. */
export function deleteBoard(boardId: string): void {
  clearBoard(boardId);
  $boards.setKey(boardId, undefined);
}

const $senders = persistedMap<string>(BOARD_SENDERS_PREFIX, z.string().check(z.regex(/^[A-Za-z0-9_-]{8,40}$/)));

/** This device's sender id for a board: made once, so a second send replaces the first. */
export function senderIdFor(boardId: string): string {
  const known = $senders.get()[boardId];
  if (known) return known;
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const id = [...bytes]
    .map((b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 20);
  $senders.setKey(boardId, id);
  return id;
}

/** Everything the workbook export carries of the boards: the boards with their keys, and their answers. */
export function boardsSnapshot(): { boards: Record<string, StoredBoard>; answers: Record<string, StoredBoardAnswer> } {
  const pick = <T>(m: Record<string, T | undefined>) => Object.fromEntries(Object.entries(m).filter((e): e is [string, T] => e[1] !== undefined));
  return { boards: pick($boards.get()), answers: pick($boardAnswers.get()) };
}

/** Put back boards from an imported workbook: each board and answer is kept unless a newer one is here. */
export function restoreBoards(data: { boards: Record<string, StoredBoard>; answers: Record<string, StoredBoardAnswer> }): void {
  for (const [id, b] of Object.entries(data.boards)) if (!$boards.get()[id]) $boards.setKey(id, b);
  for (const [key, a] of Object.entries(data.answers)) {
    const now = $boardAnswers.get()[key];
    if (!now || now.sentAt < a.sentAt) $boardAnswers.setKey(key, a);
  }
}
