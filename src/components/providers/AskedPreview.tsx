/**
 * A private answer the provider asks for, shown to the learner exactly as the provider would
 * see it, before anything is included: on the hand-in page under the answer's checkbox, and on
 * the pathway page under the provider's request. Never printed (`.asked-preview`).
 */
import type { AnswerView } from '../../blocks/answer-view';
import { AnswerViews } from '../workbook/AnswerViews';

export function AskedPreview({ views, lead }: { views: AnswerView[]; lead: string }) {
  return (
    <>
      <p className="save-status">{lead}</p>
      <div className="asked-preview" data-asked-preview>
        <AnswerViews views={views} />
      </div>
    </>
  );
}
