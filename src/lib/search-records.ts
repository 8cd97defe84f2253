/**
 * Search results that are not pages of their own: each glossary term is a result at
 * `/glossary/#id`, so a learner who searches for a term lands on its definition, not on a long
 * page. Built from the course tree at build time (`src/pages/search-records.json.ts`) and
 * indexed by `src/integrations/pagefind.ts`, as a small document of its own
 * (`recordDocument` in pagefind-html.ts): the term counts in full, the definition at half
 * weight, as on a page. (Pagefind's custom records take plain text with no weights: tried, a
 * search for "noblest values" then put the glossary's "stakeholder chart" above Activity 9.)
 */
import { sectionFilter } from './search-filters';
import type { Course } from './course-tree';

export interface SearchRecord {
  /** Where the result leads, from the site root (the search UI adds the base path). */
  url: string;
  /** Its title, searched in full: the glossary's term. */
  title: string;
  /** Its text, searched at half weight, and what the excerpt is cut from: the definition. */
  text: string;
  /** Pagefind filters, by name, as on the pages (`kind`, `section`). */
  filters: Record<string, string[]>;
}

export const SEARCH_RECORDS_FILE = 'search-records.json';

export function glossaryRecords(course: Pick<Course, 'glossary' | 'sections'>): SearchRecord[] {
  const sections = new Map(course.sections.map((s) => [s.entry.id, s.entry.data]));
  return course.glossary.map((t) => {
    const section = sections.get(t.data.section);
    return {
      url: `/glossary/#${t.id}`,
      title: t.data.term,
      text: t.data.definition,
      filters: { kind: ['glossary'], ...(section ? { section: [sectionFilter(section.number, section.shortTitle)] } : {}) },
    };
  });
}

/** The records file as the build wrote it, checked: a malformed record fails the build by name. */
export function readSearchRecords(json: string): SearchRecord[] {
  const data: unknown = JSON.parse(json);
  if (!Array.isArray(data)) throw new Error(`${SEARCH_RECORDS_FILE}: expected a list of records`);
  return data.map((r: unknown, i) => {
    const record = r as Partial<SearchRecord> | null;
    const lists = (o: object | undefined) => o !== undefined && Object.values(o).every((v) => Array.isArray(v) && v.every((x) => typeof x === 'string'));
    if (
      !record ||
      typeof record.url !== 'string' ||
      !record.url.startsWith('/') ||
      typeof record.title !== 'string' ||
      !record.title.trim() ||
      typeof record.text !== 'string' ||
      !record.text.trim() ||
      !lists(record.filters)
    ) {
      throw new Error(`${SEARCH_RECORDS_FILE}: record ${i + 1} needs a url from the root, a title, some text and filters as lists of text`);
    }
    return record as SearchRecord;
  });
}
