/**
 * What the facilitator pages offer, built from the course tree at build time: every guided
 * session (the thirteen activities and the scenario lab), the case sheets, and the lessons a
 * session plan can hold, each with its default minutes and its links.
 */
import { getCourse, type Activity, type Lesson, type Scenario } from './course';
import type { LessonItemKind } from './session-plan';
import { url } from './paths';

export type Guide = Activity['data']['facilitator'];
export type Grouping = Guide['steps'][number]['grouping'];

export const groupingLabels: Record<Grouping, string> = {
  solo: 'On your own',
  pairs: 'In pairs',
  tables: 'At tables',
  'whole-group': 'Whole group',
};

export interface GuidedSession {
  kind: 'activity' | 'scenario';
  id: string;
  /** "Activity 4" or "Scenario lab". */
  label: string;
  title: string;
  summary: string;
  guide: Guide;
  /** Total of the guide's steps: the length of a standard run. */
  minutes: number;
  /** The learner's page, which participants open on their phones. */
  lessonHref: string;
  guideHref: string;
  presentHref: string;
  /** Blank worksheet for an activity; the case sheet for the lab. */
  handoutHref: string;
  handoutLabel: string;
}

export interface CaseSheet {
  id: string;
  title: string;
  kind: Scenario['data']['kind'];
  href: string;
  /** Where learners meet the case. */
  usedBy: { label: string; href: string };
}

/** A lesson a session plan can hold, as the plan builder lists it. */
export interface PlanOption {
  kind: LessonItemKind;
  id: string;
  label: string;
  title: string;
  minutes: number;
  lessonHref: string;
  guideHref?: string;
  presentHref?: string;
  handoutHref?: string;
  handoutLabel?: string;
  /** A guided session's steps, for setting their minutes by hand in the planner. */
  steps?: { title: string; minutes: number }[];
}

/** /facilitate/guides.json: facilitator guides and lesson summaries by `kind/id`. */
export interface NotesFile {
  guides: Record<string, Guide>;
  summaries: Record<string, string>;
}

export const guideMinutes = (g: Guide): number => g.steps.reduce((sum, s) => sum + s.minutes, 0);

/** One guided session: an activity (blank worksheet handout) or a scenario lab (case sheet). */
function session(kind: GuidedSession['kind'], id: string, title: string, guide: Guide, lesson: Lesson): GuidedSession {
  const activity = kind === 'activity';
  return {
    kind,
    id,
    label: lesson.label,
    title,
    summary: guide.purpose,
    guide,
    minutes: guideMinutes(guide),
    lessonHref: lesson.href,
    guideHref: url(`/facilitate/${id}/`),
    presentHref: url(`/facilitate/${id}/present/`),
    handoutHref: url(activity ? `/facilitate/${id}/handout/` : `/facilitate/cases/${id}/`),
    handoutLabel: activity ? 'Blank worksheet' : 'Case sheet',
  };
}

export async function guidedSessions(): Promise<GuidedSession[]> {
  const course = await getCourse();
  const activities = course.activities.map(({ entry, lesson }) => session('activity', entry.id, entry.data.title, entry.data.facilitator, lesson));
  const labs = course.sections.flatMap((s) =>
    s.labs.flatMap(({ entry, lesson }) =>
      entry.data.kind === 'committee-lab' ? [session('scenario', entry.id, entry.data.title, entry.data.facilitator, lesson)] : [],
    ),
  );
  return [...activities, ...labs];
}

export async function caseSheets(): Promise<CaseSheet[]> {
  const course = await getCourse();
  return course.scenarios
    .map((s): CaseSheet => {
      if (s.data.kind === 'committee-lab') {
        const lesson = course.lessonByKey.get(`scenario/${s.id}`);
        return {
          id: s.id,
          title: s.data.title,
          kind: s.data.kind,
          href: url(`/facilitate/cases/${s.id}/`),
          usedBy: { label: 'Scenario lab', href: lesson?.href ?? url('/course/') },
        };
      }
      const activity = s.data.activity;
      const a = course.activities.find((x) => x.entry.id === activity);
      return {
        id: s.id,
        title: s.data.title,
        kind: s.data.kind,
        href: url(`/facilitate/cases/${s.id}/`),
        usedBy: { label: a ? `${a.lesson.label}: ${a.entry.data.title}` : 'Activity', href: a?.lesson.href ?? url('/course/') },
      };
    })
    .sort((a, b) => (a.kind === b.kind ? a.title.localeCompare(b.title) : a.kind === 'committee-lab' ? -1 : 1));
}

/** Every lesson, in course order, with the minutes a session would give it by default. */
export async function planOptions(): Promise<PlanOption[]> {
  const course = await getCourse();
  const guided = new Map((await guidedSessions()).map((g) => [`${g.kind}/${g.id}`, g]));
  return course.lessons.map((l) => {
    const g = guided.get(l.key);
    return {
      kind: l.kind,
      id: l.id,
      label: l.label,
      title: l.title,
      minutes: g?.minutes ?? l.minutes,
      lessonHref: l.href,
      ...(g
        ? {
            guideHref: g.guideHref,
            presentHref: g.presentHref,
            handoutHref: g.handoutHref,
            handoutLabel: g.handoutLabel,
            steps: g.guide.steps.map((st) => ({ title: st.title, minutes: st.minutes })),
          }
        : {}),
    };
  });
}
