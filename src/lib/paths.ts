/** URL helpers that respect the site's base path (a provider may host under /courses/dl/). */
export type LessonKind = 'section' | 'activity' | 'reading' | 'scenario';

const folders: Record<LessonKind, string> = {
  section: 'sections',
  activity: 'activities',
  reading: 'readings',
  scenario: 'scenarios',
};

/** Prefix a root-relative path with the base path. */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

export function lessonPath(kind: LessonKind, id: string): string {
  return url(`/${folders[kind]}/${id}/`);
}
