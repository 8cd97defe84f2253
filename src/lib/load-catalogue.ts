import type { CatalogueLesson } from './catalogue';
import { url } from './paths';

let request: Promise<CatalogueLesson[]> | undefined;

/** The course's worksheet catalogue (catalogue.json), fetched once per page; a failed fetch is tried again on the next call. */
export function loadCatalogue(): Promise<CatalogueLesson[]> {
  if (request) return request;
  const made = fetch(url('/catalogue.json')).then((r) => {
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return r.json() as Promise<CatalogueLesson[]>;
  });
  made.catch(() => {
    if (request === made) request = undefined;
  });
  return (request = made);
}

export const CATALOGUE_FAILED = 'The list of the course’s questions could not be loaded. Check your connection and reload the page; your answers are safe.';
