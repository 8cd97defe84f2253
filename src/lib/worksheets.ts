/** Worksheets that pages derive from content: reflection prompts and discussion notes. */
import type { Block } from './blocks';

/** Turn prompts (reflection, discussion, reading questions) into optional text blocks. */
export function promptBlocks(prompts: { id: string; text: string }[], idPrefix = ''): Block[] {
  return prompts.map((p) => ({
    type: 'text',
    id: `${idPrefix}${p.id}`,
    label: p.text,
    required: false,
    private: false,
    rows: 3,
  }));
}

/** Prefix of an activity's discussion-note ids, kept apart from its worksheet block ids. */
export const DISCUSSION_PREFIX = 'discussion-';
