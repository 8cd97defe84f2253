/**
 * On the pathway page, the private answers a provider asks for in one lesson, each previewed as
 * the provider would see it (the hand-in page's AskedPreview), or "not answered yet". Loaded
 * only for a pathway that asks for something, so the page stays light otherwise.
 */
import { useStore } from '@nanostores/react';
import { lessonAnswers } from '../../blocks/answer-view';
import { $answers } from '../../stores/answers';
import { WithCatalogue } from '../workbook/useCatalogue';
import { AskedPreview } from './AskedPreview';

export default function AskedAnswers({ lessonKey, asked }: { lessonKey: string; asked: { id: string; label: string }[] }) {
  const answers = useStore($answers);
  return (
    <WithCatalogue>
      {(catalogue) => {
        const lesson = catalogue.find((l) => l.key === lessonKey);
        const answered = new Map((lesson ? lessonAnswers(lesson, answers) : []).map((item) => [item.id, item]));
        return (
          <ul className="asked-answers">
            {asked.map((b) => {
              const item = answered.get(b.id);
              return (
                <li key={b.id}>
                  <strong>“{b.label}”</strong>
                  {item ? (
                    <AskedPreview views={item.views} lead="Your answer so far, as your provider would see it if you include it:" />
                  ) : (
                    <p className="save-status">Not answered yet in this browser.</p>
                  )}
                </li>
              );
            })}
          </ul>
        );
      }}
    </WithCatalogue>
  );
}
