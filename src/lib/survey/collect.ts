/**
 * The leader's side: the saved survey (with its private key and the personal secrets), the
 * answers collected, whether an incoming answer is new, replaces an earlier one or is an older
 * copy played again, and the results the network view reads.
 */
import * as z from 'zod/mini';
import type { SurveyResults, SurveyTie } from './model';
import type { SurveyDefinition } from './survey';

export const STORED_SURVEY_VERSION = 1;

const text = (max: number) => z.string().check(z.maxLength(max));
const idText = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,40}$/));
const frequency = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const surveyPerson = z.strictObject({ id: idText, name: text(200), role: text(200), group: text(200), formal: z.boolean() });
export const surveyQuestion = z.strictObject({ id: idText, prompt: text(400), maxChoices: z.int().check(z.minimum(1), z.maximum(20)), optional: z.boolean() });

/** The survey as the leader's browser keeps it (and the workbook export carries it). */
export const storedSurvey = z.strictObject({
  v: z.literal(STORED_SURVEY_VERSION),
  id: idText,
  schoolName: text(200),
  people: z.array(surveyPerson).check(z.maxLength(400)),
  questions: z.array(surveyQuestion).check(z.maxLength(8)),
  anonymous: z.boolean(),
  personal: z.boolean(),
  publicKey: z.string().check(z.regex(/^[A-Za-z0-9_-]{87}$/)),
  privateKey: z.string().check(z.regex(/^[A-Za-z0-9_-]{130}$/)),
  tokens: z.record(idText, text(64)),
  codes: z.record(idText, text(40)),
  createdAt: z.int().check(z.nonnegative()),
});
export type StoredSurvey = z.infer<typeof storedSurvey>;

/** One collected answer, keyed `<survey id>/<person id>`. */
export const storedResponse = z.strictObject({
  v: z.literal(1),
  survey: idText,
  person: idText,
  answers: z.record(idText, z.array(z.tuple([idText, frequency])).check(z.maxLength(20))),
  sealedAt: z.number().check(z.nonnegative()),
  receivedAt: z.number().check(z.nonnegative()),
  via: z.enum(['camera', 'paste', 'file', 'address']),
  /** How many earlier answers from this person this one replaced. */
  replaced: z.int().check(z.nonnegative()),
});
export type StoredResponse = z.infer<typeof storedResponse>;

export const responseKey = (survey: string, person: string) => `${survey}/${person}`;

export function definitionOf(s: StoredSurvey): SurveyDefinition {
  return { id: s.id, schoolName: s.schoolName, publicKey: s.publicKey, anonymous: s.anonymous, personal: s.personal, people: s.people, questions: s.questions };
}

/**
 * What an incoming answer sealed at `sealedAt` does to the one kept for that person:
 * 'new' (none yet), 'replace' (a later answer), 'same' (this very answer again), 'older'
 * (an earlier answer played again after a newer one: refused, so it cannot undo a change).
 */
export function compareAnswer(kept: StoredResponse | undefined, sealedAt: number): 'new' | 'replace' | 'same' | 'older' {
  if (!kept) return 'new';
  if (sealedAt > kept.sealedAt) return 'replace';
  if (sealedAt === kept.sealedAt) return 'same';
  return 'older';
}

export function buildResults(survey: StoredSurvey, responses: StoredResponse[]): SurveyResults {
  const mine = responses.filter((r) => r.survey === survey.id && survey.people.some((p) => p.id === r.person));
  const people = new Set(survey.people.map((p) => p.id));
  const questions = new Set(survey.questions.map((q) => q.id));
  const ties: SurveyTie[] = [];
  for (const r of mine) {
    for (const [question, list] of Object.entries(r.answers)) {
      if (!questions.has(question)) continue;
      for (const [to, frequency] of list) if (people.has(to) && to !== r.person) ties.push({ from: r.person, to, question, frequency });
    }
  }
  return {
    schoolName: survey.schoolName,
    people: survey.people.map((p) => ({ ...p })),
    questions: survey.questions.map((q) => ({ ...q })),
    respondents: mine.map((r) => r.person),
    ties,
  };
}
