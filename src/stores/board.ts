/**
 * The facilitator's cohort boards (each with its private key) and the answers sent to them,
 * saved in this browser: a board survives a reload, and the workbook's export carries it. Each
 * sender's answer lives under its own key (`<board>/<sender>`), so two tabs collecting at once
 * never overwrite each other, and a sender who sends again replaces their earlier answer.
 * Also the participant's side: one random sender id per board on this device.
 */
import * as z from 'zod/mini';
import {
  boardAnswerKey,
  compareSend,
  storedBoard,
  storedBoardAnswer,
  storedBoardView,
  type BoardBlockView,
  type BoardPayload,
  type StoredBoard,
  type StoredBoardAnswer,
  type StoredBoardView,
} from '../lib/board/payload';
import type { BoardsData } from '../lib/portfolio';
import { persistedMap } from './persisted';

export const BOARDS_PREFIX = 'course:v1:boards:';
export const BOARD_ANSWERS_PREFIX = 'course:v1:board-answers:';
/** Per board id, the random id this device sends under (participant side). */
export const BOARD_SENDERS_PREFIX = 'course:v1:board-senders:';

/** Per board id, what the facilitator revealed, hid and pinned (round 10; boards kept before have none). */
export const BOARD_VIEWS_PREFIX = 'course:v1:board-views:';

export const $boards = persistedMap<StoredBoard>(BOARDS_PREFIX, storedBoard);
export const $boardAnswers = persistedMap<StoredBoardAnswer>(BOARD_ANSWERS_PREFIX, storedBoardAnswer);
export const $boardViews = persistedMap<StoredBoardView>(BOARD_VIEWS_PREFIX, storedBoardView);

/** Save what the facilitator did to one block's view (an empty view removes the block's entry). */
export function setBlockView(boardId: string, blockId: string, view: BoardBlockView): void {
  const kept = $boardViews.get()[boardId];
  const blocks = { ...kept?.blocks };
  const empty = !view.outcome && !view.revealed?.length && !view.hidden?.length && !view.pinned?.length;
  if (empty) delete blocks[blockId];
  else blocks[blockId] = view;
  $boardViews.setKey(boardId, viewOf(boardId, blocks, kept?.hideNames));
}

/** Hide or show the names signed answers carry, on the board and in its printed summary. */
export function setHideNames(boardId: string, hide: boolean): void {
  const kept = $boardViews.get()[boardId];
  $boardViews.setKey(boardId, viewOf(boardId, { ...kept?.blocks }, hide || undefined));
}

/** A board's view as stored: nothing at all when nothing was revealed, hidden, pinned or hidden by name. */
function viewOf(boardId: string, blocks: Record<string, BoardBlockView>, hideNames: true | undefined): StoredBoardView | undefined {
  if (!Object.keys(blocks).length && !hideNames) return undefined;
  return { v: 1, board: boardId, blocks, ...(hideNames ? { hideNames } : {}) };
}

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

/** What a clear removed: the answers and the view (cards revealed, hidden, pinned; outcomes shown). */
export interface Cleared {
  answers: StoredBoardAnswer[];
  view: StoredBoardView | undefined;
}

/** Empty a board, keeping the board itself; returns what was removed, for undo. */
export function clearBoard(boardId: string): Cleared {
  const removed = answersOf(boardId);
  const view = $boardViews.get()[boardId];
  for (const a of removed) $boardAnswers.setKey(boardAnswerKey(a.board, a.sender), undefined);
  $boardViews.setKey(boardId, undefined);
  return { answers: removed, view };
}

const union = (a: readonly string[] | undefined, b: readonly string[] | undefined): string[] | undefined =>
  a || b ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined;

/**
 * Put back what a clear removed: each answer unless the same sender has sent since, and the
 * view joined with whatever was revealed, hidden or pinned after the clear.
 */
export function undoClearBoard(removed: Cleared): void {
  for (const a of removed.answers) {
    const key = boardAnswerKey(a.board, a.sender);
    const now = $boardAnswers.get()[key];
    if (!now || now.sentAt < a.sentAt) $boardAnswers.setKey(key, a);
  }
  if (removed.view) {
    const now = $boardViews.get()[removed.view.board];
    $boardViews.setKey(removed.view.board, now ? joinViews(removed.view, now) : removed.view);
  }
}

/** Two views of one board as one: every card revealed, hidden or pinned in either, every outcome shown in either. */
export function joinViews(a: StoredBoardView, b: StoredBoardView): StoredBoardView {
  const blocks: Record<string, BoardBlockView> = { ...a.blocks };
  for (const [id, v] of Object.entries(b.blocks)) {
    const w = blocks[id];
    if (!w) {
      blocks[id] = v;
      continue;
    }
    const joined: BoardBlockView = {};
    for (const k of ['revealed', 'hidden', 'pinned'] as const) {
      const list = union(w[k], v[k]);
      if (list) joined[k] = list;
    }
    if (w.outcome || v.outcome) joined.outcome = true;
    blocks[id] = joined;
  }
  return { v: 1, board: a.board, blocks, ...(a.hideNames || b.hideNames ? { hideNames: true as const } : {}) };
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

/**
 * Everything the workbook export carries of the boards: the boards with their keys, their
 * answers, and (when any) what was revealed, hidden and pinned on them.
 */
export function boardsSnapshot(): BoardsData {
  const pick = <T>(m: Record<string, T | undefined>) => Object.fromEntries(Object.entries(m).filter((e): e is [string, T] => e[1] !== undefined));
  const views = pick($boardViews.get());
  return { boards: pick($boards.get()), answers: pick($boardAnswers.get()), ...(Object.keys(views).length ? { views } : {}) };
}

/**
 * Put back boards from an imported workbook: each board and answer is kept unless a newer one
 * is here; a view is joined with this browser's. Files from before round 10 carry no views.
 */
export function restoreBoards(data: BoardsData): void {
  for (const [id, b] of Object.entries(data.boards)) if (!$boards.get()[id]) $boards.setKey(id, b);
  for (const [key, a] of Object.entries(data.answers)) {
    const now = $boardAnswers.get()[key];
    if (!now || now.sentAt < a.sentAt) $boardAnswers.setKey(key, a);
  }
  for (const [id, v] of Object.entries(data.views ?? {})) {
    // Only views of the board they name, and of a board this browser now has.
    if (v.board !== id || !$boards.get()[id]) continue;
    const now = $boardViews.get()[id];
    $boardViews.setKey(id, now ? joinViews(now, v) : v);
  }
}
