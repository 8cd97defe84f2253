/** Worksheets that pages derive from content: reflection prompts and discussion notes. */
import type { Block } from '../blocks/types';

/** Turn prompts (reflection, discussion, reading questions) into optional text blocks. */
export function promptBlocks(prompts: { id: string; text: string }[], idPrefix = ''): Block[] {
  return prompts.map((p) => ({
    type: 'text',
    id: `${idPrefix}${p.id}`,
    label: p.text,
    required: false,
    private: false,
    rows: 3,
  }));
}

/** Prefix of an activity's discussion-note ids, kept apart from its worksheet block ids. */
export const DISCUSSION_PREFIX = 'discussion-';

/** Where a discussion question comes from: the report's activity page, or the course. */
export const questionSources = ['report', 'course'] as const;
export type QuestionSource = (typeof questionSources)[number];

/** How each source is headed wherever questions are shown (activity page, printed handout). */
export const questionSourceText: Record<QuestionSource, { heading: string; note: string }> = {
  report: { heading: "From the report's activity page", note: "The report asks these questions; the wording here is the course's." },
  course: { heading: 'Added by the course', note: "The course adds these questions; they are not on the report's activity page." },
};

/** Questions in groups by source, the report's first; empty groups are left out. */
export function bySource<Q extends { source: QuestionSource }>(questions: readonly Q[]) {
  return questionSources
    .map((source) => ({ source, ...questionSourceText[source], questions: questions.filter((q) => q.source === source) }))
    .filter((g) => g.questions.length > 0);
}
