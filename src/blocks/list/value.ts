import { list, text } from '../value-parts';

export const value = list(text);
