/**
 * Turns a saved answer into a neutral shape (text, list, table) that the portfolio print view
 * and the Markdown export both render, so the two always agree. Pure and unit-tested.
 */
import { valueFor, type SavedAnswer } from './answers';
import type { Block } from './blocks';
import { chartColumns } from './stakeholders';
import { formatTime } from './time';

export type AnswerView =
  { kind: 'text'; text: string } | { kind: 'list'; items: string[] } | { kind: 'table'; head: string[]; rows: string[][]; caption?: string };

const nonEmpty = (s: string | undefined): s is string => typeof s === 'string' && s.trim().length > 0;

/** Views of one block's answer; empty when nothing is answered. */
export function viewAnswer(block: Block, saved: SavedAnswer | undefined): AnswerView[] {
  switch (block.type) {
    case 'text': {
      const v = valueFor('text', saved);
      return nonEmpty(v) ? [{ kind: 'text', text: v }] : [];
    }
    case 'list': {
      const items = (valueFor('list', saved) ?? []).filter(nonEmpty);
      return items.length ? [{ kind: 'list', items }] : [];
    }
    case 'checklist':
    case 'choice': {
      const chosen = new Set(valueFor(block.type, saved) ?? []);
      const options = block.type === 'checklist' ? block.items : block.options;
      const items = options.filter((o) => chosen.has(o.id)).map((o) => o.label);
      return items.length ? [{ kind: 'list', items }] : [];
    }
    case 'grid': {
      const g = valueFor('grid', saved);
      if (!g) return [];
      const rows = [...block.rows, ...g.added]
        .map((r) => [r.label, ...block.columns.map((c) => g.cells[r.id]?.[c.id] ?? '')])
        .filter((r) => r.slice(1).some(nonEmpty));
      return rows.length ? [{ kind: 'table', head: [block.rowHeader, ...block.columns.map((c) => c.label)], rows }] : [];
    }
    case 'rating': {
      const r = valueFor('rating', saved);
      if (!r) return [];
      const rows = block.items.filter((i) => r[i.id] !== undefined).map((i) => [i.label, `${r[i.id]} of ${block.scale.max}`]);
      return rows.length
        ? [{ kind: 'table', head: ['Statement', `Rating (${block.scale.min} = ${block.scale.minLabel}, ${block.scale.max} = ${block.scale.maxLabel})`], rows }]
        : [];
    }
    case 'allocation': {
      const a = valueFor('allocation', saved);
      if (!a) return [];
      return [{ kind: 'table', head: ['Category', 'Share'], rows: block.items.map((i) => [i.label, `${a[i.id] ?? 0}${block.unit}`]) }];
    }
    case 'video-notes': {
      const value = valueFor('video-notes', saved);
      const notes = value?.notes ?? [];
      const role = (id: string) => block.roles.find((r) => r.id === id)?.label ?? '';
      const views: AnswerView[] = notes.length
        ? [{ kind: 'table', head: ['Time', 'Who', 'Note'], rows: notes.map((n) => [formatTime(n.t), role(n.role), n.text]) }]
        : [];
      // A note typed but not yet added is still the learner's answer.
      if (value && nonEmpty(value.draft.text)) views.push({ kind: 'text', text: `Note not yet added (at ${value.draft.time}): ${value.draft.text}` });
      return views;
    }
    case 'stakeholder-chart': {
      const c = valueFor('stakeholder-chart', saved);
      if (!c) return [];
      return c.charts.flatMap((chart): AnswerView[] => {
        const intro: AnswerView[] = nonEmpty(chart.challenge) ? [{ kind: 'text', text: chart.challenge }] : [];
        const rows = chart.rows.map((r) => [
          r.name || 'Unnamed stakeholder',
          ...chartColumns.map((col) =>
            col.id === 'losses' ? [r.losses.join(', '), r.cells[col.id] ?? ''].filter(nonEmpty).join('. ') : (r.cells[col.id] ?? ''),
          ),
        ]);
        return [
          ...intro,
          { kind: 'table', caption: chart.title || undefined, head: ['Stakeholder', ...chartColumns.map((col) => col.label)], rows },
        ] as AnswerView[];
      });
    }
    case 'advice-network': {
      const o = valueFor('advice-network', saved);
      if (!o) return [];
      const title = new Map(o.positions.map((p) => [p.id, p.title]));
      const rows = o.positions.filter((p) => nonEmpty(p.title) || nonEmpty(p.person)).map((p) => [p.title, p.person, title.get(p.reportsTo) ?? '']);
      return rows.length ? [{ kind: 'table', caption: 'Organization chart', head: ['Position', 'Person', 'Reports to'], rows }] : [];
    }
    case 'sort': {
      const placed = valueFor('sort', saved);
      if (!placed) return [];
      const category = new Map(block.categories.map((c) => [c.id, c.label]));
      const rows = block.items
        .filter((i) => placed[i.id])
        .map((i) => [
          i.label,
          category.get(placed[i.id]!) ?? '',
          placed[i.id] === i.answer ? 'as the course would' : `the course: ${category.get(i.answer) ?? ''}`,
        ]);
      return rows.length ? [{ kind: 'table', head: ['Item', 'Placed in', 'Compared with the course'], rows }] : [];
    }
    case 'decision-timeline': {
      const t = valueFor('decision-timeline', saved);
      if (!t) return [];
      const inputs = Object.entries(t.inputs).map(([k, v]) => [k.replace(/([A-Z])/g, ' $1').toLowerCase(), String(v)]);
      return [
        ...(inputs.length ? [{ kind: 'table', head: ['Input', 'Value'], rows: inputs } as AnswerView] : []),
        ...(nonEmpty(t.note) ? [{ kind: 'text', text: t.note } as AnswerView] : []),
      ];
    }
    case 'cycle-planner': {
      const c = valueFor('cycle-planner', saved);
      if (!c) return [];
      const rows = block.stages.map((st) => [
        st.label,
        c.participants
          .filter((p) => p.stages.includes(st.id) && nonEmpty(p.name))
          .map((p) => p.name)
          .join(', '),
      ]);
      return [...(nonEmpty(c.problem) ? [{ kind: 'text', text: c.problem } as AnswerView] : []), { kind: 'table', head: ['Phase', 'Who takes part'], rows }];
    }
  }
}

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
