import { answerKey } from '../../blocks/answers';
import type { Block } from '../../blocks/types';
import { StorageNotice } from '../worksheet/StorageNotice';
import { useHydrated } from '../worksheet/useAnswer';
import { LabText } from './LabText';

/**
 * Text questions of the lab, saved like worksheet answers (`<worksheetId>/<block id>`) but
 * without loading the whole worksheet engine, which this page needs only for plain text.
 */
export default function LabTexts({ worksheetId, blocks }: { worksheetId: string; blocks: Block[] }) {
  const ready = useHydrated();
  return (
    // data-hydrated: saved answers are on screen (the fields work before), as on worksheets.
    <div className="worksheet-blocks" data-worksheet={worksheetId} data-hydrated={ready || undefined}>
      <StorageNotice />
      {blocks.map((b) => (
        <LabText key={b.id} storageKey={answerKey(worksheetId, b.id)} block={b} />
      ))}
    </div>
  );
}
