/**
 * The search index's filters, shared by the page templates that tag content
 * (`data-pagefind-filter`) and the search UI that offers them. A filter value is what the
 * learner sees in the filter menus, so it is written for reading.
 */

/** Kinds of result, in the order the search UI offers them (`chip`: offered as a filter). */
export const searchKinds = [
  { value: 'section', label: 'Sections', one: 'Section', chip: true },
  { value: 'activity', label: 'Activities', one: 'Activity', chip: true },
  { value: 'reading', label: 'Reading guides', one: 'Reading guide', chip: true },
  { value: 'scenario', label: 'Scenario labs', one: 'Scenario lab', chip: true },
  { value: 'glossary', label: 'Glossary', one: 'Glossary', chip: true },
  { value: 'about', label: 'About', one: 'About the course', chip: false },
] as const;

export type SearchKind = (typeof searchKinds)[number]['value'];

/** Value of the `section` filter: "4. Conditions and skills". */
export function sectionFilter(number: number, shortTitle: string): string {
  return `${number}. ${shortTitle}`;
}

/** Value of the `activity` filter: "9. Diagnosis, Design and Action Review: Stakeholder Charts". */
export function activityFilter(number: number, title: string): string {
  return `${number}. ${title}`;
}

/** Sorts filter values that start with a number ("10. …" after "9. …"). */
export function byLeadingNumber(a: string, b: string): number {
  return (parseInt(a, 10) || 0) - (parseInt(b, 10) || 0) || a.localeCompare(b);
}
