import { someEntry } from '../complete-parts';

export const isAnswered = someEntry;
