import { someKey } from '../complete-parts';

export const isAnswered = someKey;
