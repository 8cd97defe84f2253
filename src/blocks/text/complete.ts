import { filled } from '../complete-parts';

export const isAnswered = (v: unknown): boolean => filled(v);
