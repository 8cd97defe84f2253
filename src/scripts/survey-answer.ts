/**
 * The respondent's page at load: only the consent. The form (survey-form.ts) loads when the
 * respondent ticks "I want to answer", or at once on a device that agreed before, so a phone
 * opening the link fetches no more script than a lesson page.
 */
import { DRAFT_PREFIX } from '../lib/survey/keys';
import { allKeys, readRaw } from '../stores/storage';

const consent = document.querySelector<HTMLInputElement>('#survey-consent');
const app = document.querySelector<HTMLElement>('[data-survey-app]');
const start = () =>
  void import('./survey-form').then(
    (form) => form.start(),
    () =>
      app?.replaceChildren(
        Object.assign(document.createElement('p'), { className: 'notice error', textContent: 'The survey could not load. Reload the page.' }),
      ),
  );

if (!/(^#|&)s=/.test(location.hash)) {
  app?.replaceChildren(
    Object.assign(document.createElement('p'), {
      className: 'notice error',
      textContent: 'This page needs the survey’s link. Open the link or scan the code the person who runs the survey gave you.',
    }),
  );
} else if (consent) {
  document.querySelector<HTMLElement>('[data-survey-consent]')?.removeAttribute('hidden');
  app?.replaceChildren();
  const agreedBefore = allKeys().some((k) => k.startsWith(DRAFT_PREFIX) && /"consent":true/.test(readRaw(k) ?? ''));
  if (agreedBefore || consent.checked) start();
  else consent.addEventListener('change', () => consent.checked && start(), { once: true });
}
