import { field, filled, items } from '../complete-parts';

export const isAnswered = (v: unknown): boolean =>
  filled(field(v, 'problem')) || items(field(v, 'participants')).some((p) => filled(field(p, 'name')) && items(field(p, 'stages')).length > 0);
