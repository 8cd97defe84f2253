import { answerKey } from '../../lib/answers';
import type { Block } from '../../lib/blocks';
import { StorageNotice } from '../worksheet/StorageNotice';
import { LabText } from './LabText';

/**
 * Text questions of the lab, saved like worksheet answers (`<worksheetId>/<block id>`) but
 * without loading the whole worksheet engine, which this page needs only for plain text.
 */
export default function LabTexts({ worksheetId, blocks }: { worksheetId: string; blocks: Block[] }) {
  return (
    <div className="worksheet-blocks">
      <StorageNotice />
      {blocks.map((b) => (
        <LabText key={b.id} storageKey={answerKey(worksheetId, b.id)} block={b} />
      ))}
    </div>
  );
}
