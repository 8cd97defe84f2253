import type { BlockOf } from '../types';
import type { AnswerValue } from '../values';
import { nonEmpty, type AnswerView } from '../view-parts';

export const view = (_block: BlockOf<'text'>, v: AnswerValue<'text'>): AnswerView[] => (nonEmpty(v) ? [{ kind: 'text', text: v }] : []);
