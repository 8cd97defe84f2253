import { field, filled, items } from '../complete-parts';

/** A note with text, or a note being typed. The bare list is the first stored shape. */
export const isAnswered = (v: unknown): boolean =>
  Array.isArray(v)
    ? v.some((n) => filled(field(n, 'text')))
    : items(field(v, 'notes')).some((n) => filled(field(n, 'text'))) || filled(field(field(v, 'draft'), 'text'));
