import { describe, expect, it } from 'vitest';
import { viewAnswer, viewToMarkdown, viewUnknown } from '../../src/blocks/answer-view';
import type { Block } from '../../src/blocks/types';
import { portfolioMarkdown } from '../../src/lib/markdown-export';

const at = 1;
const grid = {
  type: 'grid',
  id: 'g',
  label: 'Who do you ask?',
  required: false,
  private: false,
  rowHeader: 'Role',
  rows: [{ id: 'principal', label: 'Principal' }],
  columns: [
    { id: 'p1', label: 'Person 1' },
    { id: 'p2', label: 'Person 2' },
  ],
  addRows: true,
} as Block;

describe('answer views', () => {
  it('shows a grid as a table, with added rows and without empty ones', () => {
    const views = viewAnswer(grid, { v: { cells: { principal: { p1: 'Ms. Ruiz | coach' }, r1: { p2: '' } }, added: [{ id: 'r1', label: 'Me' }] }, at });
    expect(views).toEqual([{ kind: 'table', head: ['Role', 'Person 1', 'Person 2'], rows: [['Principal', 'Ms. Ruiz | coach', '']] }]);
    expect(viewToMarkdown(views[0]!)).toContain('Ms. Ruiz \\| coach');
  });

  it('shows a sort against the course’s answer', () => {
    const sort = {
      type: 'sort',
      id: 's',
      label: 'Sort',
      required: false,
      private: false,
      categories: [
        { id: 'a', label: 'Technical' },
        { id: 'b', label: 'Adaptive' },
      ],
      items: [{ id: 'x', label: 'Bus schedule', answer: 'a', explanation: '' }],
    } as unknown as Block;
    expect(viewAnswer(sort, { v: { x: 'b' }, at })).toEqual([
      { kind: 'table', head: ['Item', 'Placed in', 'Compared with the course'], rows: [['Bus schedule', 'Adaptive', 'the course: Technical']] },
    ]);
  });

  it('escapes Markdown in user text so it stays text', () => {
    expect(viewToMarkdown({ kind: 'text', text: '# not a heading\n- not a list' })).toBe('\\# not a heading\n\\- not a list');
    expect(viewUnknown({ v: ['a', ''], at })).toEqual([{ kind: 'list', items: ['a'] }]);
  });

  it('the Markdown export lists only answered questions under their lessons', () => {
    const md = portfolioMarkdown(
      [{ key: 'activity/x', label: 'Activity 2', title: 'Networks', href: '/', required: [], blocks: [grid] }],
      { 'activity/x/g': { v: { cells: { principal: { p1: 'Ms. Ruiz' } }, added: [] }, at } },
      { name: 'Dana', date: new Date('2026-01-01') },
    );
    expect(md).toContain('## Activity 2: Networks');
    expect(md).toContain('| Principal | Ms. Ruiz |  |');
    expect(md).toContain('**Dana**');
  });
});
