/** Writing the survey's link (the leader's pages): the format is described in link.ts. */
import { deflateSync } from 'fflate';
import { bytesToBase64Url } from '../transport/bytes';
import { definitionToWire, type SurveyDefinition } from './survey';

const PREFIX = 'z1.';

export function encodeSurvey(survey: SurveyDefinition): string {
  return PREFIX + bytesToBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(definitionToWire(survey))), { level: 9 }));
}

export function surveyLink(survey: SurveyDefinition, answerPageUrl: string, personal?: { person: string; token: string }): string {
  const me = personal ? `&me=${personal.person}.${personal.token}` : '';
  return `${answerPageUrl.replace(/#.*$/, '')}#s=${encodeSurvey(survey)}${me}`;
}
