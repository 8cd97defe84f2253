/**
 * Answers as a reader sees them (text, lists, tables), built as DOM nodes: the portfolio's and
 * the workbook's scripts use it directly, and `AnswerViews.tsx` mounts it for the hand-in
 * preview and the review page, so they always show an answer the same way. Learner text is only
 * ever set as text.
 */
import type { AnswerView, lessonAnswers } from '../blocks/answer-view';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function table(view: Extract<AnswerView, { kind: 'table' }>): HTMLTableElement {
  const t = element('table', undefined, 'portfolio-table');
  if (view.caption) t.append(element('caption', view.caption));
  const headRow = t.createTHead().insertRow();
  for (const h of view.head) {
    const th = element('th', h);
    th.scope = 'col';
    headRow.append(th);
  }
  const body = t.createTBody();
  for (const row of view.rows) {
    const tr = body.insertRow();
    row.forEach((cell, i) => {
      if (i === 0) {
        const th = element('th', cell);
        th.scope = 'row';
        tr.append(th);
      } else {
        // Its column's name, shown above the cell where the table reflows to cards (a phone).
        const td = element('td', cell, 'pre');
        const head = view.head[i];
        if (head) td.dataset['label'] = head;
        tr.append(td);
      }
    });
  }
  return t;
}

export function renderViews(views: AnswerView[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const view of views) {
    if (view.kind === 'text') fragment.append(element('p', view.text, 'pre'));
    else if (view.kind === 'list') {
      const list = element('ul');
      for (const item of view.items) list.append(element('li', item, 'pre'));
      fragment.append(list);
    } else fragment.append(table(view));
  }
  return fragment;
}

/**
 * One lesson's answered questions (from `lessonAnswers`), each a box with its question as a
 * heading of the given level, tagged "Private" as on the worksheet (the brackets are for the
 * accessible name only), then its answer: the portfolio and the workbook show them alike.
 */
export function renderAnswerItems(items: ReturnType<typeof lessonAnswers>, heading: 'h3' | 'h4'): HTMLElement[] {
  return items.map((item) => {
    const box = element('div', undefined, 'portfolio-item');
    const title = element(heading, item.label);
    if (item.private) {
      const tag = element('span', undefined, 'tag');
      tag.append(element('span', '(', 'visually-hidden'), 'Private', element('span', ')', 'visually-hidden'));
      title.append(' ', tag);
    }
    box.append(title, renderViews(item.views));
    return box;
  });
}
