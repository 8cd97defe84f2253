/**
 * A respondent's answer while they write it, saved on their own device at every change (a
 * phone that locks keeps it), and the sealed answer once they send it. Read by hand: the
 * respondent's page loads no validation library.
 */
import { MAX_CHOICES, type Frequency } from './survey';

export { DRAFT_PREFIX, SENT_PREFIX } from './keys';
/** Fired on the window when the respondent changes their answer (the send island listens). */
export const DRAFT_CHANGED = 'survey:draft-changed';

export interface SurveyDraft {
  consent: boolean;
  /** The person picked from the list (named surveys). */
  who: string;
  /** The code typed (anonymous surveys). */
  code: string;
  answers: Record<string, [string, Frequency][]>;
}

export const emptyDraft = (): SurveyDraft => ({ consent: false, who: '', code: '', answers: {} });

const isFrequency = (f: unknown): f is Frequency => f === 1 || f === 2 || f === 3 || f === 4;

/** A saved draft, or an empty one when nothing (or something damaged) is saved. */
export function parseDraft(raw: string | null): SurveyDraft {
  const draft = emptyDraft();
  if (!raw || raw.length > 100_000) return draft;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return draft;
  }
  if (!v || typeof v !== 'object') return draft;
  const o = v as Record<string, unknown>;
  draft.consent = o.consent === true;
  if (typeof o.who === 'string' && o.who.length <= 40) draft.who = o.who;
  if (typeof o.code === 'string' && o.code.length <= 40) draft.code = o.code;
  if (o.answers && typeof o.answers === 'object') {
    for (const [q, list] of Object.entries(o.answers as Record<string, unknown>)) {
      if (!Array.isArray(list)) continue;
      draft.answers[q] = list
        .filter((p): p is [string, Frequency] => Array.isArray(p) && typeof p[0] === 'string' && isFrequency(p[1]))
        .slice(0, MAX_CHOICES)
        .map(([to, f]) => [to, f]);
    }
  }
  return draft;
}

/** What was sealed and when: the page shows the send options again after a reload. */
export interface SentAnswer {
  envelope: string;
  at: number;
}

export function parseSent(raw: string | null): SentAnswer | undefined {
  if (!raw || raw.length > 300_000) return undefined;
  try {
    const v = JSON.parse(raw) as Partial<SentAnswer>;
    return typeof v.envelope === 'string' && typeof v.at === 'number' ? { envelope: v.envelope, at: v.at } : undefined;
  } catch {
    return undefined;
  }
}
