import { describe, expect, it } from 'vitest';
import { buildCourse, CourseError } from '../../src/lib/course-tree';

// Minimal stand-ins for collection entries: only the fields the tree reads.
const section = (id: string, number: number) => ({
  id,
  collection: 'sections',
  data: { number, title: `S${number}`, shortTitle: `S${number}`, readingMinutes: 5 },
});
const activity = (id: string, number: number, sectionId: string, resources: string[] = []) => ({
  id,
  collection: 'activities',
  data: { number, title: `A${number}`, section: sectionId, minutes: 20, resources, worksheet: [] },
});
const reading = (id: string, order: number, to: string[]) => ({
  id,
  collection: 'readings',
  data: { order, title: id, readingMinutes: 5, connections: to.map((t) => ({ to: t, note: '' })) },
});

type Input = Parameters<typeof buildCourse>[0];
const make = (over: Partial<Record<keyof Input, unknown[]>> = {}) =>
  buildCourse({
    sections: [section('one', 1), section('two', 2)],
    activities: [activity('a', 1, 'one', ['r']), activity('b', 2, 'two')],
    readings: [reading('x', 1, ['section/one'])],
    resources: [{ id: 'r', collection: 'resources', data: {} }],
    glossary: [],
    scenarios: [],
    ...over,
  } as unknown as Input);

describe('buildCourse', () => {
  it('orders sections with their activities, then readings, and links previous and next', () => {
    const course = make();
    expect(course.lessons.map((l) => l.key)).toEqual(['section/one', 'activity/a', 'section/two', 'activity/b', 'reading/x']);
    expect(course.lessons[1]?.prev?.key).toBe('section/one');
    expect(course.lessons[1]?.next?.key).toBe('section/two');
    expect(course.lessons[0]?.prev).toBeUndefined();
    expect(course.lessons.at(-1)?.next).toBeUndefined();
    expect(course.sections[0]?.activities.map((a) => a.entry.id)).toEqual(['a']);
  });

  it('fails on an activity that points at a missing section, naming the file', () => {
    expect(() => make({ activities: [activity('a', 1, 'nowhere', ['r']), activity('b', 2, 'two')] })).toThrow(/content\/activities\/a\.mdx: section "nowhere"/);
  });

  it('fails on a missing resource and on an unused one', () => {
    expect(() => make({ activities: [activity('a', 1, 'one', ['gone']), activity('b', 2, 'two')] })).toThrow(CourseError);
    expect(() => make({ activities: [activity('a', 1, 'one'), activity('b', 2, 'two')] })).toThrow(/resource "r" is not used/);
  });

  it('fails on numbering gaps and dangling reading connections', () => {
    expect(() => make({ sections: [section('one', 1), section('two', 3)] })).toThrow(/out of sequence/);
    expect(() => make({ readings: [reading('x', 1, ['activity/zzz'])] })).toThrow(/connection "activity\/zzz"/);
  });
});
