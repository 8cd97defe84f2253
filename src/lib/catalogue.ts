/**
 * The catalogue of every worksheet in the course: each lesson with its blocks, in course
 * order. Built at build time from the course tree and handed to the workbook, the portfolio
 * and the Markdown export, which run in the browser where the content is not available.
 */
import type { Block } from '../blocks/types';
import type { Course } from './course-tree';
import { labBlocks } from './committee';
import { DISCUSSION_PREFIX, promptBlocks } from './worksheets';

export interface CatalogueLesson {
  key: string;
  label: string;
  title: string;
  href: string;
  blocks: Block[];
  /** Ids of the blocks that must be answered for the lesson to be complete. */
  required: string[];
}

export function buildCatalogue(course: Course): CatalogueLesson[] {
  return course.lessons.map((lesson) => {
    const base = { key: lesson.key, label: lesson.label, title: lesson.title, href: lesson.href };
    if (lesson.kind === 'activity') {
      const a = course.activities.find((x) => x.entry.id === lesson.id)!.entry.data;
      return {
        ...base,
        blocks: [...a.worksheet, ...promptBlocks(a.discussion, DISCUSSION_PREFIX)],
        required: a.worksheet.filter((b) => b.required).map((b) => b.id),
      };
    }
    if (lesson.kind === 'section') {
      const s = course.sections.find((x) => x.entry.id === lesson.id)!.entry.data;
      return { ...base, blocks: [...s.tools, ...promptBlocks(s.reflection)], required: [] };
    }
    if (lesson.kind === 'reading') {
      const r = course.readings.find((x) => x.entry.id === lesson.id)!.entry.data;
      return { ...base, blocks: promptBlocks(r.questions), required: [] };
    }
    const lab = course.scenarios.find((x) => x.id === lesson.id)!.data;
    return { ...base, blocks: lab.kind === 'committee-lab' ? labBlocks(lab) : [], required: [] };
  });
}
