import { text } from '../value-parts';

export const value = text;
