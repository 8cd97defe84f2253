/**
 * The course's names for its things, in one place. A "lesson" is any page a learner works
 * through; there are four kinds, each with its own name: a report section retold ("Section 3"),
 * an activity ("Activity 9"), a reading guide ("Reading guide 2") and the scenario lab. Pages,
 * search records and results, the workbook and the page scripts take their words from here.
 * Kept free of imports: the page scripts that paint counts load it.
 */
type Kind = 'section' | 'activity' | 'reading' | 'scenario';

export const kindNames: Record<Kind, { one: string; many: string }> = {
  section: { one: 'section', many: 'sections' },
  activity: { one: 'activity', many: 'activities' },
  reading: { one: 'reading guide', many: 'reading guides' },
  scenario: { one: 'scenario lab', many: 'scenario labs' },
};

/** The order kinds are counted and listed in. */
export const kinds: readonly Kind[] = ['section', 'activity', 'reading', 'scenario'];

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A lesson's label: "Section 3", "Activity 9", "Reading guide 2", "Scenario lab" (the one lab has no number). */
export function lessonLabel(kind: Kind, number?: number): string {
  const name = capital(kindNames[kind].one);
  return kind === 'scenario' || number === undefined ? name : `${name} ${number}`;
}

/** A lesson named in a link or a sentence: "Activity 9, Trust". */
export const lessonName = (lesson: { label: string; title: string }): string => `${lesson.label}, ${lesson.title}`;

/** "13 activities", "1 scenario lab". */
export const countOf = (kind: Kind, n: number): string => `${n} ${n === 1 ? kindNames[kind].one : kindNames[kind].many}`;

/**
 * The progress line of the course map and workbook, each kind counted by its name:
 * "Done: 1 of 8 sections, 2 of 13 activities, 0 of 4 reading guides, 0 of 1 scenario lab. 3 in progress."
 */
export function progressSummary(done: Readonly<Record<Kind, number>>, total: Readonly<Record<Kind, number>>, started: number): string {
  const parts = kinds.filter((k) => total[k] > 0).map((k) => `${done[k]} of ${countOf(k, total[k])}`);
  return `Done: ${parts.join(', ')}. ${started} in progress.`;
}

/** How many lessons of each kind (the counts the course map and the progress line use). */
export function lessonCounts(lessons: readonly { kind: string }[]): Record<Kind, number> {
  return Object.fromEntries(kinds.map((k) => [k, lessons.filter((l) => l.kind === k).length])) as Record<Kind, number>;
}

/**
 * The progress line as a first visit reads it, served in the page so that the page's script
 * only changes numbers in it (a line filled in after paint moved what is below it). Counted
 * from the lessons, as the script counts them: the scenario files include Activity 9's cases,
 * which are not lessons.
 */
export function firstVisitProgress(lessons: readonly { kind: string }[]): string {
  return progressSummary({ section: 0, activity: 0, reading: 0, scenario: 0 }, lessonCounts(lessons), 0);
}
