/**
 * The leader's surveys (with their private keys) and the answers collected, saved in this
 * browser and carried by the workbook's export and backup. A survey's answers live one per
 * key (`<survey>/<person>`), so two tabs collecting at once never overwrite each other.
 */
import * as z from 'zod/mini';
import { compareAnswer, responseKey, storedResponse, storedSurvey, type StoredResponse, type StoredSurvey } from '../lib/survey/collect';
import { persistedMap } from './persisted';

export const SURVEYS_PREFIX = 'course:v1:surveys:';
export const SURVEY_RESPONSES_PREFIX = 'course:v1:survey-responses:';
export const SURVEY_META_PREFIX = 'course:v1:survey-meta:';

export const $surveys = persistedMap<StoredSurvey>(SURVEYS_PREFIX, storedSurvey);
export const $surveyResponses = persistedMap<StoredResponse>(SURVEY_RESPONSES_PREFIX, storedResponse);
/** `current`: the id of the survey the setup and collect pages show. */
export const $surveyMeta = persistedMap<string>(SURVEY_META_PREFIX, z.string().check(z.maxLength(40)));

export function currentSurvey(): StoredSurvey | undefined {
  const id = $surveyMeta.get()['current'];
  return id ? $surveys.get()[id] : undefined;
}

export function saveSurvey(survey: StoredSurvey): void {
  $surveys.setKey(survey.id, survey);
  if ($surveyMeta.get()['current'] !== survey.id) $surveyMeta.setKey('current', survey.id);
}

export function responsesOf(surveyId: string): StoredResponse[] {
  return Object.values($surveyResponses.get()).filter((r): r is StoredResponse => r !== undefined && r.survey === surveyId);
}

export type Kept = { outcome: 'new' | 'replace' | 'same' } | { outcome: 'older'; kept: StoredResponse };

/** Keep an answer unless an answer sealed later is already kept for the same person. */
export function keepResponse(response: Omit<StoredResponse, 'replaced'>): Kept {
  const key = responseKey(response.survey, response.person);
  const kept = $surveyResponses.get()[key];
  const outcome = compareAnswer(kept, response.sealedAt);
  if (outcome === 'older') return { outcome, kept: kept! };
  if (outcome === 'same') return { outcome };
  $surveyResponses.setKey(key, { ...response, replaced: outcome === 'replace' ? (kept?.replaced ?? 0) + 1 : 0 });
  return { outcome };
}

export function removeResponse(surveyId: string, person: string): void {
  $surveyResponses.setKey(responseKey(surveyId, person), undefined);
}
