import type { Block } from '../../blocks/types';
import { TextBlock } from '../../blocks/text/Editor';
import { useAnswer } from '../worksheet/useAnswer';

/**
 * One of the lab's saved text pieces, rendered by the worksheet engine's text block. Like a
 * worksheet field it is live before the island hydrates (a keyboard user may reach it first):
 * useAnswer keeps what was typed and adds it to the saved answer once that is on screen.
 */
export function LabText({ storageKey, block, errorId }: { storageKey: string; block: Block; errorId?: string | undefined }) {
  const { value, setValue, frame } = useAnswer(storageKey, 'text');
  if (block.type !== 'text') return null;
  return (
    <div {...frame}>
      <TextBlock block={block} value={value} onChange={setValue} htmlId={`lab-${storageKey.replace(/[^a-z0-9]+/gi, '-')}`} disabled={false} errorId={errorId} />
    </div>
  );
}
