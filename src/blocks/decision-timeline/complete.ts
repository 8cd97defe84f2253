import { field, filled, values } from '../complete-parts';

export const isAnswered = (v: unknown): boolean => values(field(v, 'inputs')).length > 0 || filled(field(v, 'note'));
