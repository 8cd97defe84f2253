/**
 * "Show my answers" under each lesson of the workbook (`details[data-answers]`): the learner's
 * saved answers to that lesson, read-only, as the portfolio shows them (`lessonAnswers` and
 * `renderAnswerItems`), private ones included and tagged: it is their own browser. A lesson with
 * nothing saved says so and links to it.
 *
 * Nothing here loads until a disclosure is first opened: the block views and the catalogue (the
 * questions' wording) come then, so the page still loads no more script than its status lines.
 * Open disclosures are painted again when answers change (another tab, an import, a reset).
 */
import type { CatalogueLesson } from '../lib/catalogue';
import { CATALOGUE_FAILED, loadCatalogue } from '../lib/load-catalogue';
import { onSavedChange, readSaved } from './saved-reader';

type Renderer = (catalogue: CatalogueLesson[]) => void;

let renderer: Promise<Renderer> | undefined;

/** The code that renders answers, loaded once; a failed load is tried again on the next opening. */
function loadRenderer(): Promise<Renderer> {
  if (renderer) return renderer;
  const made = Promise.all([import('../blocks/answer-view'), import('../lib/render-views'), import('../stores/moved-answers')]).then(
    ([{ lessonAnswers }, { renderAnswerItems }, { moveSavedAnswers }]) => {
      // Blocks renamed since an answer was saved: the answer follows its block, as on the lesson pages.
      moveSavedAnswers();
      return (catalogue: CatalogueLesson[]) => {
        const { answers } = readSaved();
        for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-answers][open]')) {
          const lesson = catalogue.find((l) => l.key === details.dataset['answers']);
          const body = details.querySelector<HTMLElement>('[data-answers-body]');
          if (!body) continue;
          const items = lesson ? lessonAnswers(lesson, answers) : [];
          body.replaceChildren(...(items.length > 0 ? renderAnswerItems(items, 'h4') : [nothingSaved(details)]));
        }
      };
    },
  );
  made.catch(() => {
    if (renderer === made) renderer = undefined;
  });
  return (renderer = made);
}

function nothingSaved(details: HTMLDetailsElement): HTMLElement {
  const line = document.createElement('p');
  const link = document.createElement('a');
  link.href = details.dataset['href'] ?? '';
  link.textContent = `Open ${details.dataset['label'] ?? 'the lesson'}`;
  line.append('Nothing is saved for this lesson in this browser yet. ', link, ' to start it.');
  return line;
}

function failed(message: string): void {
  for (const body of document.querySelectorAll<HTMLElement>('details[data-answers][open] [data-answers-body]')) {
    const line = document.createElement('p');
    line.className = 'notice error';
    line.setAttribute('role', 'alert');
    line.textContent = message;
    body.replaceChildren(line);
  }
}

let watching = false;

async function paint(): Promise<void> {
  let render: Renderer;
  let catalogue: CatalogueLesson[];
  try {
    [render, catalogue] = await Promise.all([loadRenderer(), loadCatalogue()]);
  } catch {
    failed(CATALOGUE_FAILED);
    return;
  }
  render(catalogue);
  if (!watching) {
    watching = true;
    onSavedChange(() => void paint());
  }
}

function loading(details: HTMLDetailsElement): void {
  const body = details.querySelector<HTMLElement>('[data-answers-body]');
  if (!body || body.dataset['painted']) return;
  body.dataset['painted'] = '';
  const line = document.createElement('p');
  line.className = 'save-status';
  line.textContent = 'Loading your answers…';
  body.replaceChildren(line);
}

// `toggle` does not bubble: it is caught on its way down.
document.addEventListener(
  'toggle',
  (event) => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || !details.matches('[data-answers]') || !details.open) return;
    loading(details);
    void paint();
  },
  true,
);
// A disclosure the browser reopened (back/forward, restored session) is painted at once.
if (document.querySelector('details[data-answers][open]')) {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details[data-answers][open]')) loading(d);
  void paint();
}
