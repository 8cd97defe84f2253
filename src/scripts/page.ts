/**
 * The only script every page loads: the theme toggle, the facilitator view, the visit mark for
 * the course map and the service worker. It writes through the storage engine, with the keys
 * and formats of src/stores/keys.ts, but loads neither the stores nor zod: with the engine it
 * is about 7 kB minified, 3.5 kB gzipped (measured November 2026), within the 8 kB budget
 * scripts/budgets.mjs sets for reading pages. Framework code loads only where something
 * interactive is on screen.
 */
import { url } from '../lib/paths';
import { FACILITATOR_KEY, parseTheme, progressKey, THEME_KEY, themes as order, type Theme } from '../stores/keys';
import { readRaw, writeRaw } from '../stores/storage';

const currentTheme = (): Theme => parseTheme(readRaw(THEME_KEY));

function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const name = theme === 'system' ? 'follows system' : theme;
    button.setAttribute('aria-label', `Colour theme: ${name}. Change theme`);
    button.dataset['current'] = theme;
    const label = button.querySelector('.theme-label');
    if (label) label.textContent = theme === 'system' ? 'Auto' : theme === 'light' ? 'Light' : 'Dark';
  }
}

applyTheme(currentTheme());
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.addEventListener('click', () => {
    const next = order[(order.indexOf(currentTheme()) + 1) % order.length] ?? 'system';
    writeRaw(THEME_KEY, JSON.stringify(next));
    applyTheme(next);
  });
}

// Record the visit. Progress values are small JSON objects; an unreadable one is left for the
// full store (which quarantines it) rather than overwritten here.
const lesson = document.body.dataset['lesson'];
if (lesson) {
  const key = progressKey(lesson);
  const raw = readRaw(key);
  if (raw === null) writeRaw(key, JSON.stringify({ visited: Date.now() }));
}

// A cohort board's link (`#board=…`) shows the lesson's "Send to the board" section; its code
// loads only when the participant reaches for it. Once shown it stays: a link within the page
// (the lab's steps) replaces the fragment, and the section keeps the board it was opened for.
const showBoardSend = (): void => {
  if (!/[#&]board=/.test(location.hash)) return;
  for (const el of document.querySelectorAll<HTMLElement>('[data-board-send]')) el.hidden = false;
};
showBoardSend();
addEventListener('hashchange', showBoardSend);

// Facilitator view: off unless switched on in settings. A URL can never switch it on by itself.
const facilitatorOn = (): boolean => readRaw(FACILITATOR_KEY) === 'true';
function showFacilitator(on: boolean): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-facilitator]')) el.hidden = !on;
}
showFacilitator(facilitatorOn());
for (const box of document.querySelectorAll<HTMLInputElement>('[data-facilitator-toggle]')) {
  box.checked = facilitatorOn();
  box.addEventListener('change', () => {
    writeRaw(FACILITATOR_KEY, JSON.stringify(box.checked));
    showFacilitator(box.checked);
  });
}

// A link with ?facilitator=1 (handed out to facilitators) only offers the view: the notes show
// once the facilitator presses the button, which saves the setting like the checkbox does. The
// offer's code loads only then (facilitator-offer.ts), not on every page.
if (!facilitatorOn() && new URLSearchParams(location.search).get('facilitator') === '1') {
  import('./facilitator-offer').then(
    (m) => m.offerFacilitatorView(showFacilitator),
    () => undefined, // offline before it was cached: the settings on the About page still turn the view on
  );
}

// Offline: a service worker caches the course after the first visit (see src/integrations/sw-template.js).
// Not in an LMS package (data-lms-package): its files live where the LMS puts them, and a worker
// registered there would claim the LMS's own path.
if ('serviceWorker' in navigator && location.protocol !== 'file:' && !document.documentElement.hasAttribute('data-lms-package')) {
  addEventListener('load', () => {
    void navigator.serviceWorker.register(url('/sw.js')).catch(() => undefined);
  });
}
