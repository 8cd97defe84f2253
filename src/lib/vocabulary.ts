/**
 * The course's names for its things, in one place: what a lesson of each kind is called, how
 * one is named in a sentence or a link, and how counts are worded. Pages, search records, the
 * workbook and the page scripts all take their words from here.
 */
import type { Lesson } from './course-tree';

/** A lesson named in a link or a sentence: "Activity 9, Trust"; "Scenario lab, Harmon High". */
export const lessonName = (lesson: Pick<Lesson, 'label' | 'title'>): string => `${lesson.label}, ${lesson.title}`;
