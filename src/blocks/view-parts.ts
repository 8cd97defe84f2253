/**
 * The neutral shape (text, list, table) a read-only view of an answer takes
 * (`<type>/view.ts`). The portfolio, the Markdown export and the review page all render it, so
 * they always agree.
 */
export type AnswerView =
  { kind: 'text'; text: string } | { kind: 'list'; items: string[] } | { kind: 'table'; head: string[]; rows: string[][]; caption?: string };

export const nonEmpty = (s: string | undefined): s is string => typeof s === 'string' && s.trim().length > 0;
