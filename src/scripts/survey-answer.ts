/**
 * The respondent's page at load: only the consent. The form (survey-form.ts) loads when the
 * respondent ticks "I want to answer", or at once on a device that agreed before, so a phone
 * opening the link fetches no more script than a lesson page.
 */
import { DRAFT_PREFIX } from '../lib/survey/keys';
import { allKeys, readRaw } from '../stores/storage';

const consent = document.querySelector<HTMLInputElement>('#survey-consent');
const app = document.querySelector<HTMLElement>('[data-survey-app]');
// Asked for as soon as the respondent reaches the consent box, so the questions are usually
// here by the time it is ticked; `import()` fetches a module once, however often it is called.
const load = () => import('./survey-form');
const start = () => {
  app?.replaceChildren(Object.assign(document.createElement('p'), { className: 'block-help', textContent: 'Loading the questions…' }));
  void load().then(
    (form) => form.start(),
    () =>
      app?.replaceChildren(
        Object.assign(document.createElement('p'), { className: 'notice error', textContent: 'The survey could not load. Reload the page.' }),
      ),
  );
};

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
  else {
    for (const reached of ['focus', 'pointerdown'] as const) consent.addEventListener(reached, () => void load().catch(() => {}), { once: true });
    consent.addEventListener('change', () => consent.checked && start(), { once: true });
  }
}
