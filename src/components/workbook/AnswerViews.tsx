/**
 * Answers as a reader sees them (text, lists, tables), for the portfolio, the hand-in preview
 * and the review page. Its own module, so those two pages load none of the portfolio's own code.
 */
import { viewAnswer, viewUnknown, type AnswerView } from '../../lib/answer-view';
import type { CatalogueLesson } from '../../lib/catalogue';
import type { $answers } from '../../stores/answers';

export function AnswerViews({ views }: { views: AnswerView[] }) {
  return (
    <>
      {views.map((v, i) => {
        if (v.kind === 'text')
          return (
            <p key={i} className="pre">
              {v.text}
            </p>
          );
        if (v.kind === 'list')
          return (
            <ul key={i}>
              {v.items.map((item, j) => (
                <li key={j} className="pre">
                  {item}
                </li>
              ))}
            </ul>
          );
        return (
          <table key={i} className="portfolio-table">
            {v.caption && <caption>{v.caption}</caption>}
            <thead>
              <tr>
                {v.head.map((h, j) => (
                  <th scope="col" key={j}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {v.rows.map((r, j) => (
                <tr key={j}>
                  {r.map((c, k) =>
                    k === 0 ? (
                      <th scope="row" key={k}>
                        {c}
                      </th>
                    ) : (
                      <td key={k} className="pre">
                        {c}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </>
  );
}

/** Answered blocks of one lesson, with their questions. */
export function lessonAnswers(lesson: CatalogueLesson, answers: ReturnType<typeof $answers.get>) {
  const known = new Set(lesson.blocks.map((b) => `${lesson.key}/${b.id}`));
  const items = lesson.blocks.map((b) => ({ id: b.id, label: b.label, private: b.private, views: viewAnswer(b, answers[`${lesson.key}/${b.id}`]) }));
  for (const [k, saved] of Object.entries(answers)) {
    if (saved && !known.has(k) && k.startsWith(`${lesson.key}/`)) {
      const id = k.slice(lesson.key.length + 1);
      items.push({ id, label: id.replace(/[-/]/g, ' '), private: false, views: viewUnknown(saved) });
    }
  }
  return items.filter((i) => i.views.length > 0);
}
