/**
 * The respondent's "send" step: seal the saved answer to the survey's public key and offer
 * the ways back (SendPanel). Woken only when the respondent reaches for its button
 * (client:interaction), or at load when an answer was already sealed on this device, so the
 * answering form itself loads no framework.
 */
import { useEffect, useState } from 'react';
import { DRAFT_CHANGED, DRAFT_PREFIX, parseDraft, parseSent, SENT_PREFIX, type SentAnswer } from '../../lib/survey/draft';
import { readSurveyHash } from '../../lib/survey/link';
import { ANSWER_VERSION, type SurveyAnswer } from '../../lib/survey/survey';
import { seal } from '../../lib/transport/envelope';
import { readRaw, writeRaw } from '../../stores/storage';
import SendPanel from '../transport/SendPanel';

export default function SurveySend({ collectPath }: { collectPath: string }) {
  const [sent, setSent] = useState<SentAnswer>();
  const [surveyId, setSurveyId] = useState<string>();
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void readSurveyHash(location.hash).then((read) => {
      if (!live || !read?.ok) return;
      setSurveyId(read.survey.id);
      setSent(parseSent(readRaw(SENT_PREFIX + read.survey.id)));
    });
    const changed = () => setSent(undefined);
    addEventListener(DRAFT_CHANGED, changed);
    return () => {
      live = false;
      removeEventListener(DRAFT_CHANGED, changed);
    };
  }, []);

  const sealNow = async () => {
    setProblem('');
    const read = await readSurveyHash(location.hash);
    if (!read?.ok) return setProblem('The survey’s link is missing from this page’s address. Open the link you were given again.');
    const { survey, me } = read;
    const draft = parseDraft(readRaw(DRAFT_PREFIX + survey.id));
    if (!draft.consent) return setProblem('Tick “I want to answer” first.');
    const who = me?.person ?? (survey.anonymous ? null : draft.who);
    if (survey.anonymous && !me && !draft.code.trim()) return setProblem('Type the code from your slip first.');
    if (!survey.anonymous && !who) return setProblem('Choose your name first.');
    const answers: SurveyAnswer['a'] = {};
    for (const q of survey.questions) answers[q.id] = (draft.answers[q.id] ?? []).filter(([to]) => to !== who).slice(0, q.maxChoices);
    const payload: SurveyAnswer = { v: ANSWER_VERSION, s: survey.id, who, a: answers };
    if (survey.anonymous && !me) payload.code = draft.code.trim();
    if (me) payload.tok = me.token;
    setBusy(true);
    try {
      const envelope = await seal(payload, { kind: 'survey', channel: survey.id, publicKey: survey.publicKey });
      const next = { envelope, at: Date.now() };
      writeRaw(SENT_PREFIX + survey.id, JSON.stringify(next));
      setSurveyId(survey.id);
      setSent(next);
    } catch {
      setProblem('Your answer could not be locked on this device. Reload the page and try again; what you chose is saved.');
    } finally {
      setBusy(false);
    }
  };

  const collectUrl = typeof location === 'undefined' ? collectPath : new URL(collectPath, location.href).href;
  return (
    // Before the answers are locked there is nothing to send on paper.
    <section className={sent ? 'survey-send' : 'survey-send no-print'} aria-labelledby="survey-send-title">
      <h2 id="survey-send-title">Send your answers</h2>
      {!sent ? (
        <>
          <p>When you have finished, lock your answers so that only the survey’s organiser can read them, then send them back.</p>
          <button type="button" className="primary" disabled={busy} onClick={() => void sealNow()}>
            Lock my answers and send them
          </button>
          {problem && (
            <p className="notice error" role="alert">
              {problem}
            </p>
          )}
        </>
      ) : (
        <>
          <p role="status">
            Your answers are locked and ready.<span className="no-print"> Send them one way; if you change an answer above, lock them again.</span>
          </p>
          <SendPanel
            envelope={sent.envelope}
            fileName={`survey-answer-${surveyId ?? ''}`}
            collectUrl={collectUrl}
            subject="My answer to the staff advice survey"
            recipient="the survey’s organiser"
          />
        </>
      )}
    </section>
  );
}
