/**
 * "Continue where you left off" on the home page and the course map: turns the server-rendered
 * `[data-continue]` link ("Start with the overview") into a link to the lesson last worked on, at
 * the place the learner left it (`#continue=<block or heading>`: keep-place.ts takes them there).
 * It reads storage with saved-reader.ts, the reader the course map's status badges already load,
 * and the lessons' names come with the paragraph (`data-lessons`), so no course data, store or
 * framework is loaded. Nothing saved (a first visit, or everything reset): the link as served.
 */
import { continueFragment, lastWorkedOn } from '../lib/resume';
import { onSavedChange, readSaved } from './saved-reader';

/** Each link as served, to go back to when the saved work is reset. */
const served = new WeakMap<HTMLAnchorElement, { href: string; action: string; name: string }>();

function paint(): void {
  const boxes = document.querySelectorAll<HTMLElement>('[data-continue]');
  if (!boxes.length) return;
  const { answers, progress } = readSaved();
  for (const box of boxes) {
    const link = box.querySelector('a');
    const action = box.querySelector('[data-continue-action]');
    const name = box.querySelector('[data-continue-name]');
    if (!link || !action || !name) continue;
    if (!served.has(link)) served.set(link, { href: link.href, action: action.textContent ?? '', name: name.textContent ?? '' });
    let lessons: Record<string, { name: string; href: string }>;
    try {
      lessons = JSON.parse(box.dataset['lessons'] ?? '{}') as typeof lessons;
    } catch {
      continue;
    }
    const resume = lastWorkedOn(answers, progress, (lesson) => Object.hasOwn(lessons, lesson));
    const lesson = resume && lessons[resume.lesson];
    const shown = lesson ? { href: lesson.href + continueFragment(resume.place), action: 'Continue:', name: lesson.name } : served.get(link)!;
    link.href = shown.href;
    action.textContent = shown.action;
    name.textContent = shown.name;
  }
}

paint();
// Another tab's work, this tab's storage engine, or the page brought back from the back/forward cache.
onSavedChange(paint);
