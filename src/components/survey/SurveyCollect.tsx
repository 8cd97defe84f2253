/**
 * The leader's collect page: answers come in through the transport's CollectPanel, are checked
 * against the survey (right survey, a person on the roster, the personal secret) and kept in
 * this browser; the roster shows who has answered; the results follow below.
 */
import { useStore } from '@nanostores/react';
import { buildResults, definitionOf, type StoredResponse } from '../../lib/survey/collect';
import { checkAnswer } from '../../lib/survey/answer';
import { $surveyMeta, $surveyResponses, $surveys, keepResponse, removeResponse } from '../../stores/survey';
import CollectPanel, { type Verdict, type Via } from '../transport/CollectPanel';
import { useHydrated } from '../worksheet/useAnswer';
import SurveyResultsView from './SurveyResultsView';

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * An island with `client:stored` on the surveys' key prefix: with no survey in this browser it
 * never wakes and this notice stands (no framework loads for nothing).
 */
function NoSurvey({ setupPath }: { setupPath: string }) {
  return (
    <p className="notice">
      There is no survey in this browser yet. <a href={setupPath}>Set one up</a> first; if you made it on another computer, import that computer’s workbook file
      here (My workbook → Import), which carries the survey’s key.
    </p>
  );
}

export default function SurveyCollect({ setupPath }: { setupPath: string }) {
  const hydrated = useHydrated();
  const surveys = useStore($surveys);
  const meta = useStore($surveyMeta);
  const all = useStore($surveyResponses);
  const survey = hydrated && meta['current'] ? surveys[meta['current']] : undefined;

  if (!hydrated)
    return (
      <>
        <p className="when-stored">Loading the answers kept in this browser…</p>
        <div className="when-nothing-stored">
          <NoSurvey setupPath={setupPath} />
        </div>
      </>
    );
  if (!survey) return <NoSurvey setupPath={setupPath} />;

  const definition = definitionOf(survey);
  const responses = Object.values(all).filter((r): r is StoredResponse => r !== undefined && r.survey === survey.id);
  const byPerson = new Map(responses.map((r) => [r.person, r]));
  const nameOf = (id: string) => survey.people.find((p) => p.id === id)?.name ?? 'someone no longer on the roster';

  const onOpened = (payload: unknown, sealedAt: number, via: Via): Verdict => {
    const checked = checkAnswer(payload, definition, survey);
    if (!checked.ok) return { ok: false, message: checked.message };
    const { person, answers, dropped } = checked.answer;
    const name = nameOf(person);
    const kept = keepResponse({ v: 1, survey: survey.id, person, answers, sealedAt, receivedAt: Date.now(), via });
    const droppedNote = dropped
      ? ` ${dropped} choice${dropped === 1 ? '' : 's'} naming no one on the roster (or themselves) ${dropped === 1 ? 'was' : 'were'} left out.`
      : '';
    switch (kept.outcome) {
      case 'new':
        return { ok: true, label: 'Accepted', message: `${name}’s answer.${droppedNote}` };
      case 'replace':
        return { ok: true, label: 'Replaced', message: `A newer answer from ${name} replaced the earlier one.${droppedNote}` };
      case 'same':
        return { ok: true, label: 'Already collected', message: `This answer from ${name} was already collected; nothing changed.` };
      case 'older':
        return {
          ok: false,
          label: 'Refused',
          message: `This is an older answer from ${name}, sealed ${when(sealedAt)}, played again after the newer one sealed ${when(kept.kept.sealedAt)}. The newer one is kept.`,
        };
    }
  };

  return (
    <div className="survey-collect">
      <p className="print-only lead">
        {survey.schoolName || 'Our school'}: the staff advice survey, as collected by {new Date().toLocaleDateString([], { dateStyle: 'long' })}.
      </p>
      <CollectPanel kind="survey" channel={survey.id} privateKey={survey.privateKey} onOpened={onOpened} />
      <section aria-labelledby="survey-who">
        <h2 id="survey-who">Who has answered</h2>
        <p className="survey-count">
          <strong>
            {responses.length} of {survey.people.length}
          </strong>{' '}
          have answered.
        </p>
        {/* Four columns do not fit a phone: the table scrolls inside its frame, not the page. */}
        <div className="table-wrap" tabIndex={0} role="group" aria-labelledby="survey-who">
          <table className="survey-status">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Department or grade</th>
                <th scope="col">Answer</th>
              </tr>
            </thead>
            <tbody>
              {survey.people.map((p) => {
                const r = byPerson.get(p.id);
                return (
                  <tr key={p.id} data-answered={r ? 'yes' : 'no'}>
                    <th scope="row">{p.name}</th>
                    <td>{p.role}</td>
                    <td>{p.group}</td>
                    <td>
                      {r ? (
                        <>
                          Answered, sent {when(r.sealedAt)}
                          {r.replaced > 0 && ` (replaced an earlier answer${r.replaced > 1 ? ` ${r.replaced} times` : ''})`}{' '}
                          <button
                            type="button"
                            onClick={() => {
                              if (confirm(`Remove ${p.name}’s answer from this browser?`)) removeResponse(survey.id, p.id);
                            }}
                          >
                            Remove<span className="visually-hidden"> {p.name}’s answer</span>
                          </button>
                        </>
                      ) : (
                        'Not yet'
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <SurveyResultsView results={buildResults(survey, responses)} />
    </div>
  );
}
