/** Storage keys of the respondent's page, apart so its first script loads nothing else. */
export const DRAFT_PREFIX = 'course:v1:survey-drafts:';
export const SENT_PREFIX = 'course:v1:survey-sent:';
