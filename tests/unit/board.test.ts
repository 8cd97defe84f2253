import { cleanTestStorage, useTestStorageEngine as installTestStorage } from '@nanostores/persistent';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { boardLink, checkPayload, readBoardHash, type StoredBoard } from '../../src/lib/board/payload';
import { readFileSync } from 'node:fs';
import { makePortfolio, readPortfolio } from '../../src/lib/portfolio';

installTestStorage();
const store = await import('../../src/stores/board');

const activity = 'activity/psychological-safety';
const key = `${activity}/fostering-behaviours`;
const board: StoredBoard = {
  v: 1,
  id: 'board-abc123',
  activity,
  title: 'Activity 4',
  publicKey: 'B'.repeat(87),
  privateKey: 'p'.repeat(129),
  createdAt: 1,
};
// Accepts a rating (a record of whole numbers) under the one key the test's lesson has.
const readAnswer = (k: string, v: unknown) => (k === key && v && typeof v === 'object' && Object.values(v).every((x) => Number.isInteger(x)) ? v : undefined);
const payload = (over: Record<string, unknown> = {}) => ({ activity, answers: { [key]: { a: 3 } }, sentAt: 10, sender: 'sender-0001', ...over });

afterEach(() => cleanTestStorage());

describe('a board payload', () => {
  it('is kept when it fits the board', () => {
    const r = checkPayload(payload({ name: '  Ana  ' }), board, readAnswer);
    expect(r).toEqual({ ok: true, payload: { ...payload(), name: 'Ana' } });
  });
  it.each([
    ['another activity', payload({ activity: 'activity/trust' }), 'another activity'],
    ['a block of another lesson', payload({ answers: { 'activity/trust/x': { a: 1 } } }), 'another lesson'],
    ['a value that does not fit its block', payload({ answers: { [key]: { a: 'x' } } }), 'does not fit'],
    ['an unknown field', payload({ extra: 1 }), 'not in the form'],
    ['a name too long', payload({ name: 'x'.repeat(81) }), 'not in the form'],
    ['a bad sender id', payload({ sender: '<script>' }), 'not in the form'],
    ['a huge answer', payload({ answers: { [key]: { a: 1, b: 'x'.repeat(300_000) } } }), 'larger than'],
    ['not an object', 'hello', 'not in the form'],
  ])('is refused with a reason: %s', (_what, raw, reason) => {
    const r = checkPayload(raw, board, readAnswer);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(reason);
  });
  it('carries the board in the link fragment', () => {
    const link = boardLink('https://x.test/activities/psychological-safety/#old', board);
    expect(link).toBe(`https://x.test/activities/psychological-safety/#board=${board.id}.${board.publicKey}`);
    expect(readBoardHash(new URL(link).hash)).toEqual({ id: board.id, publicKey: board.publicKey });
    expect(readBoardHash('#board=short.key')).toBeUndefined();
  });
});

describe('the board store', () => {
  beforeAll(() => {
    store.$boardAnswers.listen(() => undefined);
  });
  it('a resend from the same sender replaces; an older copy played again is refused', () => {
    store.saveBoard(board);
    const first = checkPayload(payload(), board, readAnswer);
    if (!first.ok) throw new Error(first.message);
    expect(store.keepBoardAnswer(board.id, first.payload, 'paste', 100)).toEqual({ outcome: 'new' });
    expect(store.keepBoardAnswer(board.id, { ...first.payload, sentAt: 20, answers: { [key]: { a: 5 } } }, 'file', 200)).toEqual({ outcome: 'replace' });
    expect(store.keepBoardAnswer(board.id, first.payload, 'paste', 300).outcome).toBe('older');
    const kept = store.answersOf(board.id);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ answers: { [key]: { a: 5 } }, replaced: 1, receivedAt: 100 });
  });
  it('clears with undo, and travels in the workbook file', async () => {
    store.saveBoard(board);
    store.keepBoardAnswer(board.id, { ...payload(), answers: { [key]: { a: 1 } } }, 'paste');
    store.keepBoardAnswer(board.id, { ...payload(), sender: 'sender-0002', answers: { [key]: { a: 2 } } }, 'paste');
    const snapshot = store.boardsSnapshot();
    const removed = store.clearBoard(board.id);
    expect(store.answersOf(board.id)).toHaveLength(0);
    store.undoClearBoard(removed);
    expect(store.answersOf(board.id)).toHaveLength(2);
    const file = await makePortfolio({ answers: {}, progress: {}, boards: snapshot }, { siteVersion: 't' });
    const read = await readPortfolio(JSON.stringify(file));
    expect(read.ok && read.file.data.boards).toEqual(snapshot);
    store.deleteBoard(board.id);
    expect(store.$boards.get()[board.id]).toBeUndefined();
    store.restoreBoards(snapshot);
    expect(store.answersOf(board.id)).toHaveLength(2);
  });
  it('keeps what was revealed, hidden and pinned; a clear removes it and undo puts it back', async () => {
    store.saveBoard(board);
    store.keepBoardAnswer(board.id, payload(), 'paste');
    store.setBlockView(board.id, 'fostering-behaviours', { revealed: ['sender-0001'], hidden: ['sender-0001'] });
    store.setBlockView(board.id, 'pick', { outcome: true });
    expect(store.$boardViews.get()[board.id]?.blocks).toEqual({
      'fostering-behaviours': { revealed: ['sender-0001'], hidden: ['sender-0001'] },
      pick: { outcome: true },
    });
    const snapshot = store.boardsSnapshot();
    expect(snapshot.views?.[board.id]?.blocks['pick']).toEqual({ outcome: true });

    const removed = store.clearBoard(board.id);
    expect(store.$boardViews.get()[board.id]).toBeUndefined();
    // Revealed after the clear, then the clear undone: both are kept.
    store.setBlockView(board.id, 'fostering-behaviours', { revealed: ['sender-0002'], pinned: ['sender-0002'] });
    store.undoClearBoard(removed);
    expect(store.answersOf(board.id)).toHaveLength(1);
    expect(store.$boardViews.get()[board.id]?.blocks).toEqual({
      'fostering-behaviours': { revealed: ['sender-0001', 'sender-0002'], hidden: ['sender-0001'], pinned: ['sender-0002'] },
      pick: { outcome: true },
    });

    // Through the workbook file and back into an empty browser.
    const file = await makePortfolio({ answers: {}, progress: {}, boards: snapshot }, { siteVersion: 't' });
    const read = await readPortfolio(JSON.stringify(file));
    expect(read.ok && read.file.data.boards).toEqual(snapshot);
    store.deleteBoard(board.id);
    expect(store.$boardViews.get()[board.id]).toBeUndefined();
    store.restoreBoards(snapshot);
    expect(store.$boardViews.get()[board.id]).toEqual(snapshot.views?.[board.id]);
    // Nothing left to keep: the block's entry goes, then the board's.
    store.setBlockView(board.id, 'fostering-behaviours', {});
    store.setBlockView(board.id, 'pick', { outcome: false });
    expect(store.$boardViews.get()[board.id]).toBeUndefined();
  });

  it('reads a workbook saved before views were kept (round 9), and refuses a view for another board', async () => {
    const text = readFileSync(new URL('../fixtures/portfolio-board-v1.json', import.meta.url), 'utf8');
    const read = await readPortfolio(text);
    if (!read.ok) throw new Error(read.errors.join(' '));
    const boards = read.file.data.boards!;
    expect(boards.views).toBeUndefined();
    store.restoreBoards(boards);
    expect(store.answersOf('round9board01')).toHaveLength(3);
    expect(store.$boardViews.get()['round9board01']).toBeUndefined();
    // A view filed under one board but naming another is not put back.
    store.restoreBoards({ ...boards, views: { round9board01: { v: 1, board: 'another-board', blocks: { x: { outcome: true } } } } });
    expect(store.$boardViews.get()['round9board01']).toBeUndefined();
    expect(store.$boardViews.get()['another-board']).toBeUndefined();
  });
});
