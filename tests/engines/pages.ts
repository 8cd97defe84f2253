/** One page of each page type of the built site, for the engines' clean-load check. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages as pagesOf } from '../built-pages.ts';

/** Every page of the built site, as URL paths ("/", "/course/", ...), plus the 404 page. */
export function builtPages(dir: string): string[] {
  return existsSync(join(dir, '404.html')) ? [...pagesOf(dir), '/404.html'].sort() : pagesOf(dir);
}

/**
 * The page type of a path: lessons, activities, readings and scenarios share a layout each, as
 * do a facilitator's guide, its projector view and its handout. Any other page is a type of its
 * own, so a new kind of page is checked without anyone adding it here.
 */
export function pageType(path: string): string {
  return path
    .replace(/^\/(sections|activities|readings|scenarios|facilitate\/cases)\/[^/]+\//, '/$1/*/')
    .replace(/^\/facilitate\/(?!plan\/|cases\/)[^/]+\/(present\/|handout\/)?$/, '/facilitate/*/$1');
}

/** The pages whose interactive tools the journeys use: checked too, beside their type's first page. */
const toolPages = [
  '/activities/leadership-work/',
  '/activities/leadership-perspective/',
  '/activities/stakeholder-charts/',
  '/sections/continuous-improvement/',
];

export function representativePages(dir: string): string[] {
  const all = builtPages(dir);
  const byType = new Map<string, string>();
  for (const path of all) if (!byType.has(pageType(path))) byType.set(pageType(path), path);
  const chosen = new Set(byType.values());
  for (const path of toolPages) if (all.includes(path)) chosen.add(path);
  return [...chosen].sort();
}
