/**
 * The portfolio (`/workbook/portfolio/`): every answer saved in this browser with its question,
 * for print and "Save as PDF", with a cover page and a page break between lessons (print styles
 * in global.css). The learner can leave lessons out. Plain DOM over server-rendered markup:
 * a phone opens it without loading the framework.
 *
 * Answers are read from storage as the course map reads them (saved-reader.ts); each value is
 * then checked against its block type's schema by `lessonAnswers`, so a value of the wrong
 * shape shows as unanswered rather than as garbage.
 */
import { lessonAnswers } from '../blocks/answer-view';
import type { CatalogueLesson } from '../lib/catalogue';
import { CATALOGUE_FAILED, loadCatalogue } from '../lib/load-catalogue';
import { renderAnswerItems } from '../lib/render-views';
import { LEARNER_NAME_KEY } from '../stores/keys';
import { moveSavedAnswers } from '../stores/moved-answers';
import { onSavedChange, readJson, readSaved } from './saved-reader';
import { nextTask } from '../lib/next-task';

const root = document.querySelector<HTMLElement>('[data-portfolio]')!;
const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-${name}]`)!;
const status = part('portfolio-status');
const choices = part('portfolio-choices');
const options = part('portfolio-options');
const lessonsBox = part('portfolio-lessons');
const coverName = part('cover-name');
const coverCount = part('cover-count');

/** Lessons the learner chose to leave out, by key; kept while the page is open. */
const left = new Set<string>();
/** Answers counted per lesson shown, for the cover. */
const answerCounts = new Map<string, number>();
/** Each paint's number: a paint that a newer one overtook stops where it is. */
let paintNumber = 0;

const headingId = (key: string) => `p-${key.replace('/', '-')}`;

function countCover(): void {
  const shown = [...answerCounts].filter(([key]) => !left.has(key));
  const answers = shown.reduce((n, [, count]) => n + count, 0);
  coverCount.textContent = `${shown.length} ${shown.length === 1 ? 'lesson' : 'lessons'} · ${answers} ${answers === 1 ? 'answer' : 'answers'}`;
}

function option(lesson: CatalogueLesson): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'check-option';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.checked = !left.has(lesson.key);
  box.addEventListener('change', () => {
    if (box.checked) left.delete(lesson.key);
    else left.add(lesson.key);
    document.getElementById(headingId(lesson.key))?.parentElement?.toggleAttribute('hidden', !box.checked);
    countCover();
  });
  label.append(box, `${lesson.label}: ${lesson.title}`);
  return label;
}

function lessonSection(lesson: CatalogueLesson, items: ReturnType<typeof lessonAnswers>): HTMLElement {
  const section = document.createElement('section');
  section.className = 'portfolio-lesson';
  section.setAttribute('aria-labelledby', headingId(lesson.key));
  section.hidden = left.has(lesson.key);
  const heading = document.createElement('h2');
  heading.id = headingId(lesson.key);
  heading.textContent = `${lesson.label}: ${lesson.title}`;
  section.append(heading);
  section.append(...renderAnswerItems(items, 'h3'));
  return section;
}

async function paint(catalogue: CatalogueLesson[]): Promise<void> {
  const mine = ++paintNumber;
  const { answers } = readSaved();
  const name = readJson(LEARNER_NAME_KEY);
  coverName.textContent = typeof name === 'string' ? name : '';
  coverName.hidden = !coverName.textContent;
  part('cover-date').textContent = new Date().toLocaleDateString(undefined, { dateStyle: 'long' });

  const sections: HTMLElement[] = [];
  const labels: HTMLLabelElement[] = [];
  answerCounts.clear();
  for (const lesson of catalogue) {
    const items = lessonAnswers(lesson, answers);
    if (items.length === 0) continue;
    answerCounts.set(lesson.key, items.length);
    labels.push(option(lesson));
    sections.push(lessonSection(lesson, items));
    await nextTask();
    if (mine !== paintNumber) return;
  }
  options.replaceChildren(...labels);
  lessonsBox.replaceChildren(...sections);
  choices.hidden = sections.length === 0;
  status.textContent = sections.length === 0 ? 'You have not answered anything yet. Your answers will appear here as you work through the activities.' : '';
  status.hidden = sections.length > 0;
  countCover();
}

// Blocks renamed since an answer was saved: the answer follows its block, as on the lesson pages.
moveSavedAnswers();
part('portfolio-print').addEventListener('click', () => window.print());
loadCatalogue().then(
  (catalogue) => {
    void paint(catalogue);
    onSavedChange(
      () => void paint(catalogue),
      (key) => key === LEARNER_NAME_KEY,
    );
  },
  () => {
    status.textContent = CATALOGUE_FAILED;
    status.className = 'notice error';
    status.setAttribute('role', 'alert');
  },
);
