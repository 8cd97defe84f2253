/** The course tree, built once per build from the content collections (see course-tree.ts). */
import { getCollection } from 'astro:content';
import { buildCourse, type Course } from './course-tree';

export * from './course-tree';

let cached: Promise<Course> | undefined;

/** The course, built once per build. */
export function getCourse(): Promise<Course> {
  cached ??= (async () =>
    buildCourse({
      sections: await getCollection('sections'),
      activities: await getCollection('activities'),
      readings: await getCollection('readings'),
      resources: await getCollection('resources'),
      glossary: await getCollection('glossary'),
      scenarios: await getCollection('scenarios'),
    }))();
  return cached;
}
