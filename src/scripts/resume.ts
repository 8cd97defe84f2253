/**
 * "Continue where you left off" on the home page and the course map: fills the server-rendered
 * `[data-continue]` paragraph (hidden until then) with a link to the lesson last worked on, at
 * the worksheet block the learner was at (`#continue=<block>`: keep-place.ts takes them there
 * once the worksheet shows their answers). The lessons' names come with the paragraph (`data-lessons`),
 * so no course data or framework is loaded. Nothing saved: it stays hidden, a first visit.
 */
import { lastWorkedOn } from '../lib/resume';
import { ANSWERS_PREFIX, PROGRESS_PREFIX } from '../stores/keys';
import { allKeys, readRaw, STORED_EVENT } from '../stores/storage';

function readAt<T extends object>(key: string, field: keyof T): T | undefined {
  try {
    const value = JSON.parse(readRaw(key) ?? 'null') as T | null;
    return value && typeof value === 'object' && typeof value[field] === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

function paint(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-continue]')) {
    const link = box.querySelector('a');
    let lessons: Record<string, { name: string; href: string }>;
    try {
      lessons = JSON.parse(box.dataset['lessons'] ?? '{}') as typeof lessons;
    } catch {
      continue;
    }
    const answers: Record<string, { at: number }> = {};
    const visits: Record<string, { visited?: number }> = {};
    for (const key of allKeys()) {
      if (key.startsWith(ANSWERS_PREFIX)) {
        const saved = readAt<{ at: number }>(key, 'at');
        if (saved) answers[key.slice(ANSWERS_PREFIX.length)] = saved;
      } else if (key.startsWith(PROGRESS_PREFIX)) {
        const progress = readAt<{ visited?: number }>(key, 'visited');
        if (progress) visits[key.slice(PROGRESS_PREFIX.length)] = progress;
      }
    }
    const resume = lastWorkedOn(answers, visits, (lesson) => lesson in lessons);
    const lesson = resume && lessons[resume.lesson];
    if (!link || !lesson) {
      box.hidden = true;
      continue;
    }
    link.href = resume.place ? `${lesson.href}#continue=${resume.place.block}` : lesson.href;
    link.textContent = `Continue: ${lesson.name}`;
    box.hidden = false;
  }
}

paint();
// Another tab's work, or the page brought back from the back/forward cache.
addEventListener('storage', paint);
addEventListener(STORED_EVENT, paint);
addEventListener('pageshow', (event) => {
  if (event.persisted) paint();
});
