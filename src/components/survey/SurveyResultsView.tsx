/**
 * The results as a table of ties per question: who named whom, and how often. The network
 * picture and its measures come from the `network` helper's SurveyNetwork, wired here once
 * merged; this table stays as the plain view.
 */
import type { SurveyResults } from '../../lib/survey/model';
import { frequencies } from '../../lib/survey/survey';

const often = (f: number) => frequencies.find((x) => x.value === f)?.label ?? '';

export default function SurveyResultsView({ results }: { results: SurveyResults }) {
  const name = new Map(results.people.map((p) => [p.id, p.name]));
  return (
    <section aria-labelledby="survey-results">
      <h2 id="survey-results">What staff said</h2>
      {results.respondents.length === 0 ? (
        <p>No answers yet. The ties appear here as answers come in.</p>
      ) : (
        results.questions.map((q) => {
          const ties = results.ties.filter((t) => t.question === q.id);
          return (
            <section key={q.id} aria-label={q.prompt}>
              <h3>{q.prompt}</h3>
              {ties.length === 0 ? (
                <p>No one has named anyone for this question yet.</p>
              ) : (
                <table className="survey-ties">
                  <caption className="visually-hidden">Advice ties: {q.prompt}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Who</th>
                      <th scope="col">Goes to</th>
                      <th scope="col">How often</th>
                    </tr>
                  </thead>
                  <tbody>
                    {ties.map((t) => (
                      <tr key={`${t.from}>${t.to}`}>
                        <td>{name.get(t.from)}</td>
                        <td>{name.get(t.to)}</td>
                        <td>{often(t.frequency)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          );
        })
      )}
    </section>
  );
}
