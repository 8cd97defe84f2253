import { id, list } from '../value-parts';

export const value = list(id);
