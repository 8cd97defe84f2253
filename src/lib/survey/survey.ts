/**
 * The staff advice-network survey: its definition (what the link carries), a respondent's
 * answer (what the envelope carries), and the checks the leader's browser runs on each.
 *
 * Checked by hand rather than with zod: the respondent's page must stay within a lesson page's
 * script budget, and these few shapes are flat. Every check bounds sizes and never throws.
 */
import type { SurveyPerson, SurveyQuestion } from './model';

export const SURVEY_LINK_VERSION = 1;
export const ANSWER_VERSION = 1;

export const MAX_PEOPLE = 400;
export const MAX_QUESTIONS = 8;
export const MAX_CHOICES = 20;
const MAX_TEXT = 200;
const MAX_PROMPT = 400;
const ID = /^[A-Za-z0-9_-]{1,40}$/;

/** How often: the answer's 1–4, in the words the respondent sees. */
export const frequencies = [
  { value: 4, label: 'Daily or weekly' },
  { value: 3, label: '2–3 times a month' },
  { value: 2, label: 'Once a month' },
  { value: 1, label: 'A few times a year' },
] as const;
export type Frequency = 1 | 2 | 3 | 4;

/** The survey as the link carries it to staff: no private key, no tokens, no codes. */
export interface SurveyDefinition {
  id: string;
  schoolName: string;
  publicKey: string;
  /** Respondents type the code the leader gave them instead of picking their name. */
  anonymous: boolean;
  /** Answers must carry a personal token (personal links). */
  personal: boolean;
  people: SurveyPerson[];
  questions: SurveyQuestion[];
}

/** One respondent's answer, as sealed in the envelope. */
export interface SurveyAnswer {
  v: number;
  /** The survey's id. */
  s: string;
  /** The respondent's person id (named or personal link), or null with a code (anonymous). */
  who: string | null;
  code?: string;
  /** The personal link's secret. */
  tok?: string;
  /** Per question: [person id, frequency] pairs. */
  a: Record<string, [string, Frequency][]>;
}

// ---- small checkers ------------------------------------------------------------------------

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const id = (v: unknown): v is string => typeof v === 'string' && ID.test(v);

function person(v: unknown): SurveyPerson | undefined {
  if (!Array.isArray(v) || v.length !== 5) return undefined;
  const [pid, name, role, group, formal] = v as unknown[];
  if (!id(pid) || !text(name) || name.trim() === '' || !text(role) || !text(group) || (formal !== 0 && formal !== 1)) return undefined;
  return { id: pid, name, role, group, formal: formal === 1 };
}

function question(v: unknown): SurveyQuestion | undefined {
  if (!Array.isArray(v) || v.length !== 4) return undefined;
  const [qid, prompt, max, optional] = v as unknown[];
  if (!id(qid) || !text(prompt, MAX_PROMPT) || prompt.trim() === '' || typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > MAX_CHOICES)
    return undefined;
  if (optional !== 0 && optional !== 1) return undefined;
  return { id: qid, prompt, maxChoices: max, optional: optional === 1 };
}

/** The compact JSON the link carries (short keys, rows as arrays: links stay short). */
export function definitionToWire(d: SurveyDefinition): unknown {
  return {
    v: SURVEY_LINK_VERSION,
    i: d.id,
    n: d.schoolName,
    k: d.publicKey,
    an: d.anonymous ? 1 : 0,
    pe: d.personal ? 1 : 0,
    p: d.people.map((p) => [p.id, p.name, p.role, p.group, p.formal ? 1 : 0]),
    q: d.questions.map((q) => [q.id, q.prompt, q.maxChoices, q.optional ? 1 : 0]),
  };
}

export type DefinitionRead = { ok: true; survey: SurveyDefinition } | { ok: false; message: string };

export function definitionFromWire(v: unknown): DefinitionRead {
  const bad = (message: string): DefinitionRead => ({ ok: false, message });
  if (!isObject(v)) return bad('The survey link is damaged.');
  if (typeof v.v === 'number' && v.v > SURVEY_LINK_VERSION)
    return bad('This survey was made with a newer version of the course. Reload this page while online to update it.');
  if (v.v !== SURVEY_LINK_VERSION) return bad('The survey link is damaged.');
  if (!id(v.i) || !text(v.n) || typeof v.k !== 'string' || !/^[A-Za-z0-9_-]{87}$/.test(v.k)) return bad('The survey link is damaged.');
  if (!Array.isArray(v.p) || v.p.length === 0 || v.p.length > MAX_PEOPLE) return bad('The survey link has no staff list.');
  if (!Array.isArray(v.q) || v.q.length === 0 || v.q.length > MAX_QUESTIONS) return bad('The survey link has no questions.');
  const people = v.p.map(person);
  const questions = v.q.map(question);
  if (people.some((p) => !p) || questions.some((q) => !q)) return bad('The survey link is damaged.');
  const ids = new Set(people.map((p) => p!.id));
  if (ids.size !== people.length || new Set(questions.map((q) => q!.id)).size !== questions.length) return bad('The survey link is damaged.');
  return {
    ok: true,
    survey: {
      id: v.i,
      schoolName: v.n,
      publicKey: v.k,
      anonymous: v.an === 1,
      personal: v.pe === 1,
      people: people as SurveyPerson[],
      questions: questions as SurveyQuestion[],
    },
  };
}
