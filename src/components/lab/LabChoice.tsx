import type { Block } from '../../blocks/types';
import { ChoiceBlock } from '../../blocks/choice/Editor';
import { useAnswer } from '../worksheet/useAnswer';

/**
 * One of the lab's saved choices (which proposal a committee will make), rendered by the
 * worksheet engine's choice block and saved like the lab's text pieces. The block's outcome
 * (the committee's own proposal) is never shown here: the lab reveals it on its own step.
 */
export function LabChoice({ storageKey, block }: { storageKey: string; block: Block }) {
  const { value, setValue, frame } = useAnswer(storageKey, 'choice');
  if (block.type !== 'choice') return null;
  return (
    <div {...frame}>
      <ChoiceBlock block={block} value={value} onChange={setValue} htmlId={`lab-${storageKey.replace(/[^a-z0-9]+/gi, '-')}`} disabled={false} />
    </div>
  );
}
