import { field, filled, values } from '../complete-parts';

export const isAnswered = (v: unknown): boolean => values(field(v, 'cells')).some((row) => values(row).some(filled));
