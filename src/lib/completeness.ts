/**
 * When a block counts as answered. Kept apart from the answer schemas (`answers.ts`) and free
 * of zod so the course map can show every lesson's status with a few kilobytes of script: it
 * checks the shape it needs itself, so a value of the wrong shape simply counts as unanswered.
 */
import type { Block } from './blocks';

/** What is stored under one answer key: the value and when it was last changed. */
export type SavedAnswer = { v: unknown; at: number };

const filled = (s: unknown): boolean => typeof s === 'string' && s.trim().length > 0;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const values = (v: unknown): unknown[] => (isRecord(v) ? Object.values(v) : []);
const items = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const field = (v: unknown, name: string): unknown => (isRecord(v) ? v[name] : undefined);

/** Whether a block holds a real answer (not just empty fields). */
export function isAnswered(block: Pick<Block, 'type'>, saved: SavedAnswer | undefined): boolean {
  if (!saved) return false;
  const v = saved.v;
  switch (block.type) {
    case 'text':
      return filled(v);
    case 'list':
    case 'checklist':
    case 'choice':
      return items(v).some((x) => (typeof x === 'string' ? filled(x) : true));
    case 'grid':
      return values(field(v, 'cells')).some((row) => values(row).some(filled));
    case 'rating':
    case 'allocation':
    case 'sort':
      return isRecord(v) && Object.keys(v).length > 0;
    case 'video-notes':
      // The bare list is the first stored shape; now notes and the note being typed.
      return Array.isArray(v)
        ? v.some((n) => filled(field(n, 'text')))
        : items(field(v, 'notes')).some((n) => filled(field(n, 'text'))) || filled(field(field(v, 'draft'), 'text'));
    case 'stakeholder-chart':
      return items(field(v, 'charts')).some((chart) =>
        items(field(chart, 'rows')).some((row) => values(field(row, 'cells')).some(filled) || items(field(row, 'losses')).length > 0),
      );
    case 'advice-network':
      return items(field(v, 'positions')).some((p) => filled(field(p, 'title')) || filled(field(p, 'person')));
    case 'decision-timeline':
      return values(field(v, 'inputs')).length > 0 || filled(field(v, 'note'));
    case 'cycle-planner':
      return filled(field(v, 'problem')) || items(field(v, 'participants')).some((p) => filled(field(p, 'name')) && items(field(p, 'stages')).length > 0);
  }
}
