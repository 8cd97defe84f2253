import { field, filled, items } from '../complete-parts';

export const isAnswered = (v: unknown): boolean => items(field(v, 'positions')).some((p) => filled(field(p, 'title')) || filled(field(p, 'person')));
