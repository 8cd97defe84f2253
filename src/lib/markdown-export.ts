/** The readable export: every answered question with its answer, as Markdown. */
import type { SavedAnswer } from '../blocks/answers';
import { viewAnswer, viewToMarkdown, viewUnknown } from '../blocks/answer-view';
import type { CatalogueLesson } from './catalogue';

export function portfolioMarkdown(catalogue: CatalogueLesson[], answers: Record<string, SavedAnswer | undefined>, meta: { name?: string; date: Date }): string {
  const out: string[] = ['# My distributed leadership portfolio', ''];
  if (meta.name) out.push(`**${meta.name}**`, '');
  out.push(`Exported ${meta.date.toISOString().slice(0, 10)} from the course *Distributed Leadership for School Improvement*.`, '');
  const known = new Set<string>();
  for (const lesson of catalogue) {
    const parts: string[] = [];
    for (const block of lesson.blocks) {
      const key = `${lesson.key}/${block.id}`;
      known.add(key);
      const views = viewAnswer(block, answers[key]);
      if (views.length) parts.push(`### ${block.label}`, '', ...views.map(viewToMarkdown).flatMap((v) => [v, '']));
    }
    for (const [key, saved] of Object.entries(answers)) {
      if (!saved || known.has(key) || !key.startsWith(`${lesson.key}/`)) continue;
      const views = viewUnknown(saved);
      if (views.length) parts.push(`### ${key.slice(lesson.key.length + 1).replace(/[-/]/g, ' ')}`, '', ...views.map(viewToMarkdown).flatMap((v) => [v, '']));
    }
    if (parts.length) out.push(`## ${lesson.label}: ${lesson.title}`, '', ...parts);
  }
  return `${out.join('\n').trimEnd()}\n`;
}
