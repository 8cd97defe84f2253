/**
 * Turns a saved answer into a neutral shape (text, list, table) that the portfolio print view,
 * the Markdown export and the review page all render, so they always agree. Each block type's
 * view is in its folder (`src/blocks/<type>/view.ts`); this module reads the stored value and
 * picks the view. Pure and unit-tested.
 */
import { readValue, type SavedAnswer } from './answers';
import type { BaseBlock } from './common';
import type { Block } from './types';
import { valueModules, type ValueModule } from './values';
import { views } from './views';
import { nonEmpty, type AnswerView } from './view-parts';

export type { AnswerView } from './view-parts';

type AnyView = (block: never, value: never) => AnswerView[];

/** `viewAnswer` over given registries: a test passes a type of its own. */
export function viewWith(values: Record<string, ValueModule>, byType: Record<string, AnyView>) {
  return (block: BaseBlock, saved: SavedAnswer | undefined): AnswerView[] => {
    const m = values[block.type];
    const view = byType[block.type] as ((block: BaseBlock, value: unknown) => AnswerView[]) | undefined;
    if (!m || !view) return [];
    const value = readValue(m, saved);
    return value === undefined ? [] : view(block, value);
  };
}

/** Views of one block's answer; empty when nothing is answered. */
export const viewAnswer: (block: Block, saved: SavedAnswer | undefined) => AnswerView[] = viewWith(valueModules, views);

/** A view for an answer the catalogue has no block for (e.g. a lab's own saved pieces). */
export function viewUnknown(saved: SavedAnswer): AnswerView[] {
  const v = saved.v;
  if (typeof v === 'string') return nonEmpty(v) ? [{ kind: 'text', text: v }] : [];
  if (Array.isArray(v)) {
    const items = v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).filter(nonEmpty);
    return items.length ? [{ kind: 'list', items }] : [];
  }
  if (v && typeof v === 'object') {
    const rows = Object.entries(v).map(([k, x]) => [k, typeof x === 'string' ? x : JSON.stringify(x)]);
    return rows.length ? [{ kind: 'table', head: ['Item', 'Answer'], rows }] : [];
  }
  return [];
}

/** One lesson's answered blocks, with their questions, in the lesson's order; answers saved under ids the lesson no longer has come last. */
export function lessonAnswers(lesson: { key: string; blocks: readonly Block[] }, answers: Readonly<Record<string, SavedAnswer | undefined>>) {
  const known = new Set(lesson.blocks.map((b) => `${lesson.key}/${b.id}`));
  const items = lesson.blocks.map((b) => ({ id: b.id, label: b.label, private: b.private, views: viewAnswer(b, answers[`${lesson.key}/${b.id}`]) }));
  for (const [k, saved] of Object.entries(answers)) {
    if (saved && !known.has(k) && k.startsWith(`${lesson.key}/`)) {
      const id = k.slice(lesson.key.length + 1);
      items.push({ id, label: id.replace(/[-/]/g, ' '), private: false, views: viewUnknown(saved) });
    }
  }
  return items.filter((i) => i.views.length > 0);
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
const line = (s: string) => s.replace(/^(\s*)([#>*+-]|\d+\.)/gm, '$1\\$2');

export function viewToMarkdown(view: AnswerView): string {
  switch (view.kind) {
    case 'text':
      return line(view.text);
    case 'list':
      return view.items.map((i) => `- ${line(i).replace(/\n/g, '\n  ')}`).join('\n');
    case 'table': {
      const head = `| ${view.head.map(cell).join(' | ')} |\n| ${view.head.map(() => '---').join(' | ')} |`;
      const body = view.rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n');
      return `${view.caption ? `*${cell(view.caption)}*\n\n` : ''}${head}\n${body}`;
    }
  }
}

/** A view as plain text, for a spreadsheet cell: list items on lines, table rows as "head: cell" pairs. */
export function viewToText(view: AnswerView): string {
  switch (view.kind) {
    case 'text':
      return view.text;
    case 'list':
      return view.items.map((i) => `- ${i}`).join('\n');
    case 'table': {
      const rows = view.rows.map((r) => r.map((c, i) => (i === 0 ? c : `${view.head[i] ?? ''}: ${c}`)).join('; '));
      return [...(view.caption ? [view.caption] : []), ...rows].join('\n');
    }
  }
}
