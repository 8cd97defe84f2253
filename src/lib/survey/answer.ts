/**
 * The leader's checks on an opened answer: the right survey, a person on the roster (or a
 * code the leader gave out), the personal link's secret, and bounds on every list. Apart from
 * the definition (survey.ts) so the respondent's page never loads it.
 */
import { type Frequency, type SurveyDefinition, ANSWER_VERSION } from './survey';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why the leader's browser sets an opened answer aside (after the envelope itself opened). */
export type AnswerProblem = 'wrong-survey' | 'unreadable' | 'unknown-person' | 'wrong-token' | 'too-large';

export const answerProblemMessages: Record<AnswerProblem, string> = {
  'wrong-survey': 'This answer is for a different survey.',
  unreadable: 'This answer opened but does not hold a survey answer the course can read.',
  'unknown-person': 'This answer names a person or code that is not on this survey’s staff list.',
  'wrong-token': 'This answer came from a personal link whose secret does not match: someone may have tried to answer as another person.',
  'too-large': 'This answer names more colleagues than the survey allows.',
};

/** What the leader keeps from an answer: who answered and the ties, cleaned. */
export interface CheckedAnswer {
  person: string;
  answers: Record<string, [string, Frequency][]>;
  /** Ties dropped (to unknown people, to oneself, repeats), for a note. */
  dropped: number;
}

export interface LeaderSecrets {
  /** person id → personal-link token (personal surveys). */
  tokens: Record<string, string>;
  /** person id → code (anonymous surveys). */
  codes: Record<string, string>;
}

export type AnswerCheck = { ok: true; answer: CheckedAnswer } | { ok: false; problem: AnswerProblem; message: string };

export function checkAnswer(payload: unknown, survey: SurveyDefinition, secrets: LeaderSecrets): AnswerCheck {
  const refuse = (problem: AnswerProblem): AnswerCheck => ({ ok: false, problem, message: answerProblemMessages[problem] });
  if (!isObject(payload) || payload.v !== ANSWER_VERSION || !isObject(payload.a)) return refuse('unreadable');
  if (payload.s !== survey.id) return refuse('wrong-survey');
  let who: string | undefined;
  if (survey.anonymous) {
    const code = typeof payload.code === 'string' ? normaliseCode(payload.code) : '';
    who = Object.keys(secrets.codes).find((pid) => normaliseCode(secrets.codes[pid] ?? '') === code && code !== '');
  } else if (typeof payload.who === 'string') {
    who = survey.people.find((p) => p.id === payload.who)?.id;
  }
  if (!who) return refuse('unknown-person');
  if (survey.personal) {
    const expected = secrets.tokens[who];
    if (!expected || payload.tok !== expected) return refuse('wrong-token');
  }
  const known = new Set(survey.people.map((p) => p.id));
  const answers: Record<string, [string, Frequency][]> = {};
  let dropped = 0;
  for (const q of survey.questions) {
    const raw = payload.a[q.id];
    if (raw === undefined) continue;
    if (!Array.isArray(raw)) return refuse('unreadable');
    if (raw.length > q.maxChoices) return refuse('too-large');
    const seen = new Set<string>();
    const ties: [string, Frequency][] = [];
    for (const pair of raw) {
      if (!Array.isArray(pair) || pair.length !== 2) return refuse('unreadable');
      const [to, f] = pair as unknown[];
      if (typeof to !== 'string' || (f !== 1 && f !== 2 && f !== 3 && f !== 4)) return refuse('unreadable');
      if (!known.has(to) || to === who || seen.has(to)) {
        dropped++;
        continue;
      }
      seen.add(to);
      ties.push([to, f]);
    }
    answers[q.id] = ties;
  }
  return { ok: true, answer: { person: who, answers, dropped } };
}

/** Codes are compared without case or spaces: a code read aloud or typed on a phone still matches. */
export function normaliseCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}
