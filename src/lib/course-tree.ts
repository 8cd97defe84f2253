/**
 * Builds the course tree once: collects every collection, orders it, links previous/next,
 * attaches activities to their report sections, and fails the build on orphans and dangling
 * references. Pages ask this module, never the collections directly.
 *
 * This is the one place for content rules beyond a single field's shape (which the zod
 * schemas in src/content.config.ts check, file by file): numbering, references between files
 * (an activity's section, a resource id, a glossary "see also", a lab's section, members,
 * perspectives and risks), ids unique within a lesson (its prompts, tools, worksheet blocks
 * and discussion notes share one key space in the answer store) and within a lab, and the
 * lab's illustrative marks. Every rule names the file, and any broken one fails the build.
 */
import type { CollectionEntry } from 'astro:content';
import { committeeBlocks, labPaths, proposalOptions, type LabData } from './committee';
import { lessonPath, type LessonKind } from './paths';
import { lessonLabel } from './vocabulary';
import { DISCUSSION_PREFIX } from './worksheets';

export type Section = CollectionEntry<'sections'>;
export type Activity = CollectionEntry<'activities'>;
export type Reading = CollectionEntry<'readings'>;
export type Resource = CollectionEntry<'resources'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;
export type Scenario = CollectionEntry<'scenarios'>;

/** One stop on the course's reading order, shared by every kind of lesson. */
export interface Lesson {
  kind: LessonKind;
  id: string;
  /** `kind/id`: the key progress and answers are stored under. */
  key: string;
  title: string;
  /** e.g. "Section 2" or "Activity 1". */
  label: string;
  href: string;
  minutes: number;
  prev?: Lesson;
  next?: Lesson;
}

export interface CourseSection {
  entry: Section;
  lesson: Lesson;
  activities: { entry: Activity; lesson: Lesson }[];
  /** Scenario labs taught in this section (the Harmon High lab). */
  labs: { entry: Scenario; lesson: Lesson }[];
}

export interface Course {
  sections: CourseSection[];
  activities: { entry: Activity; lesson: Lesson; section: Section }[];
  readings: { entry: Reading; lesson: Lesson }[];
  scenarios: Scenario[];
  resources: Map<string, Resource>;
  glossary: GlossaryTerm[];
  /** Every lesson in reading order: each section followed by its activities, then readings. */
  lessons: Lesson[];
  lessonByKey: Map<string, Lesson>;
}

export class CourseError extends Error {
  constructor(problems: string[]) {
    super(`The course content has ${problems.length} problem(s):\n - ${problems.join('\n - ')}`);
    this.name = 'CourseError';
  }
}

/** Ids that occur more than once in a list, each named once. */
function duplicates(list: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const { id } of list) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/**
 * A committee lab's own rules: tensions name known perspectives (and not themselves), ids are
 * unique within each list, and a member's added detail is marked as the course's. Pure; the
 * course tree prefixes each problem with the lab's file.
 */
export function labProblems(lab: LabData): string[] {
  const problems: string[] = [];
  const ids = new Set(lab.perspectives.map((p) => p.id));
  for (const p of lab.perspectives) {
    for (const t of p.tensions ?? []) {
      if (t === p.id) problems.push(`perspective "${p.id}" is in tension with itself`);
      else if (!ids.has(t)) problems.push(`perspective "${p.id}" names unknown tension "${t}"`);
    }
  }
  for (const [list, what] of [
    [lab.perspectives, 'perspective'],
    [lab.risks, 'risk'],
    [lab.pool, 'member'],
    [lab.committees, 'committee'],
  ] as const)
    for (const id of duplicates(list)) problems.push(`duplicate ${what} id "${id}"`);
  for (const m of lab.pool) {
    if (m.detail !== undefined && !m.illustrative?.includes('detail')) problems.push(`member "${m.id}" has a detail not marked as illustrative`);
  }
  return problems;
}

function makeLesson(kind: LessonKind, id: string, title: string, label: string, minutes: number): Lesson {
  return { kind, id, key: `${kind}/${id}`, title, label, href: lessonPath(kind, id), minutes };
}

/** Pure: validates references and builds the tree. Exported for unit tests. */
export function buildCourse(input: {
  sections: Section[];
  activities: Activity[];
  readings: Reading[];
  resources: Resource[];
  glossary: GlossaryTerm[];
  scenarios: Scenario[];
}): Course {
  const problems: string[] = [];
  const sectionsSorted = [...input.sections].sort((a, b) => a.data.number - b.data.number);
  const sectionIds = new Set(sectionsSorted.map((s) => s.id));
  const activityIds = new Set(input.activities.map((a) => a.id));
  const resources = new Map(input.resources.map((r) => [r.id, r]));
  const glossaryIds = new Set(input.glossary.map((g) => g.id));

  sectionsSorted.forEach((s, i) => {
    if (s.data.number !== i + 1) problems.push(`content/sections/${s.id}.mdx: number ${s.data.number} is out of sequence (expected ${i + 1})`);
  });
  const activitiesSorted = [...input.activities].sort((a, b) => a.data.number - b.data.number);
  activitiesSorted.forEach((a, i) => {
    if (a.data.number !== i + 1) problems.push(`content/activities/${a.id}.mdx: number ${a.data.number} is out of sequence (expected ${i + 1})`);
    if (!sectionIds.has(a.data.section)) problems.push(`content/activities/${a.id}.mdx: section "${a.data.section}" does not exist`);
    for (const r of a.data.resources) {
      if (!resources.has(r)) problems.push(`content/activities/${a.id}.mdx: resource "${r}" is not in content/resources.yaml`);
    }
    for (const b of a.data.worksheet) {
      if (b.type === 'stakeholder-chart' && b.scenario && !input.scenarios.some((s) => s.id === b.scenario)) {
        problems.push(`content/activities/${a.id}.mdx: block "${b.id}" names scenario "${b.scenario}", which does not exist`);
      }
    }
  });
  for (const r of input.readings) {
    for (const c of r.data.connections) {
      const [kind, id] = c.to.split('/') as [string, string];
      if (!(kind === 'section' ? sectionIds : activityIds).has(id)) problems.push(`content/readings/${r.id}.mdx: connection "${c.to}" does not exist`);
    }
  }
  for (const g of input.glossary) {
    if (!sectionIds.has(g.data.section)) problems.push(`content/glossary.yaml: term "${g.id}" names section "${g.data.section}", which does not exist`);
    for (const s of g.data.seeAlso) if (!glossaryIds.has(s)) problems.push(`content/glossary.yaml: term "${g.id}" sees also "${s}", which does not exist`);
  }
  for (const s of input.scenarios) {
    if (s.data.kind === 'stakeholder-case') {
      if (!activityIds.has(s.data.activity)) problems.push(`content/scenarios/${s.id}.yaml: activity "${s.data.activity}" does not exist`);
      for (const id of duplicates(s.data.stakeholders)) problems.push(`content/scenarios/${s.id}.yaml: stakeholder id "${id}" is used twice`);
    }
    if (s.data.kind === 'committee-lab') {
      if (!sectionIds.has(s.data.section)) problems.push(`content/scenarios/${s.id}.yaml: section "${s.data.section}" does not exist`);
      for (const problem of labProblems(s.data)) problems.push(`content/scenarios/${s.id}.yaml: ${problem}`);
      const pool = new Set(s.data.pool.map((m) => m.id));
      const perspectives = new Set(s.data.perspectives.map((p) => p.id));
      const risks = new Set(s.data.risks.map((r) => r.id));
      for (const c of s.data.committees)
        for (const m of c.members) if (!pool.has(m)) problems.push(`content/scenarios/${s.id}.yaml: committee "${c.id}" member "${m}" is not in the pool`);
      for (const m of s.data.pool) {
        for (const p of m.perspectives)
          if (!perspectives.has(p)) problems.push(`content/scenarios/${s.id}.yaml: member "${m.id}" has unknown perspective "${p}"`);
        for (const r of m.risks) if (!risks.has(r)) problems.push(`content/scenarios/${s.id}.yaml: member "${m.id}" has unknown risk "${r}"`);
      }
      for (const r of s.data.risks) {
        if (!sectionIds.has(r.section)) problems.push(`content/scenarios/${s.id}.yaml: risk "${r.id}" names missing section "${r.section}"`);
        if (!activityIds.has(r.activity)) problems.push(`content/scenarios/${s.id}.yaml: risk "${r.id}" names missing activity "${r.activity}"`);
      }
    }
  }
  // A lesson's answers are stored under `kind/lesson/block`, whichever list a block comes from
  // (a section's tools and reflection prompts, an activity's worksheet and discussion notes, a
  // reading's or lab's questions): two blocks with one id would overwrite each other's answers.
  const answerIds = (file: string, lists: [string, { id: string }[]][]) => {
    const seen = new Map<string, string>();
    for (const [list, blocks] of lists)
      for (const { id } of blocks) {
        const first = seen.get(id);
        if (first) problems.push(`${file}: id "${id}" is used twice (${first} and ${list}); saved answers would overwrite each other`);
        else seen.set(id, list);
      }
  };
  for (const s of input.sections)
    answerIds(`content/sections/${s.id}.mdx`, [
      ['tools', s.data.tools],
      ['reflection', s.data.reflection],
    ]);
  for (const a of input.activities)
    answerIds(`content/activities/${a.id}.mdx`, [
      ['worksheet', a.data.worksheet],
      ['discussion', a.data.discussion.map((d) => ({ id: `${DISCUSSION_PREFIX}${d.id}` }))],
    ]);
  for (const r of input.readings) answerIds(`content/readings/${r.id}.mdx`, [['questions', r.data.questions]]);
  // A lab's own pieces (labPaths: one set per committee, and the learner's own committee) are
  // saved beside its questions, under `scenario/<lab>/<id>`: no question may take a piece's id.
  for (const s of input.scenarios)
    if (s.data.kind === 'committee-lab') {
      const options = proposalOptions(s.data.committees);
      answerIds(`content/scenarios/${s.id}.yaml`, [
        ["the lab's first reading", [{ id: labPaths.firstReading }]],
        ...s.data.committees.map((c): [string, { id: string }[]] => [`committee "${c.id}"`, Object.values(committeeBlocks(c, options))]),
        ["the lab's reveals and own committee", [{ id: labPaths.revealed }, { id: labPaths.members }, { id: labPaths.plan }]],
        ['questions', s.data.questions],
      ]);
    }
  // Orphans: every section must carry lessons in order, every resource must be used somewhere.
  const usedResources = new Set(input.activities.flatMap((a) => a.data.resources));
  for (const id of resources.keys()) if (!usedResources.has(id)) problems.push(`content/resources.yaml: resource "${id}" is not used by any activity`);
  if (problems.length) throw new CourseError(problems);

  const lessons: Lesson[] = [];
  const sections: CourseSection[] = sectionsSorted.map((entry) => {
    const lesson = makeLesson('section', entry.id, entry.data.title, lessonLabel('section', entry.data.number), entry.data.readingMinutes);
    lessons.push(lesson);
    const acts = activitiesSorted
      .filter((a) => a.data.section === entry.id)
      .map((a) => {
        const l = makeLesson('activity', a.id, a.data.title, lessonLabel('activity', a.data.number), a.data.minutes);
        lessons.push(l);
        return { entry: a, lesson: l };
      });
    const labs = input.scenarios
      .filter((s) => s.data.kind === 'committee-lab' && s.data.section === entry.id)
      .map((s) => {
        const l = makeLesson('scenario', s.id, s.data.title, lessonLabel('scenario'), 30);
        lessons.push(l);
        return { entry: s, lesson: l };
      });
    return { entry, lesson, activities: acts, labs };
  });
  const readings = [...input.readings]
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => {
      const lesson = makeLesson('reading', entry.id, entry.data.title, lessonLabel('reading', entry.data.order), entry.data.readingMinutes);
      lessons.push(lesson);
      return { entry, lesson };
    });
  lessons.forEach((l, i) => {
    const prev = lessons[i - 1];
    const next = lessons[i + 1];
    if (prev) l.prev = prev;
    if (next) l.next = next;
  });
  const sectionById = new Map(sectionsSorted.map((s) => [s.id, s]));
  const lessonByKey = new Map(lessons.map((l) => [l.key, l]));
  const activities = activitiesSorted.map((entry) => ({
    entry,
    lesson: lessonByKey.get(`activity/${entry.id}`)!,
    section: sectionById.get(entry.data.section)!,
  }));
  return {
    sections,
    activities,
    readings,
    scenarios: input.scenarios,
    resources,
    glossary: [...input.glossary].sort((a, b) => a.data.term.localeCompare(b.data.term)),
    lessons,
    lessonByKey,
  };
}
