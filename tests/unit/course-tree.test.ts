import { describe, expect, it } from 'vitest';
import { buildCourse, CourseError } from '../../src/lib/course-tree';

// Minimal stand-ins for collection entries: only the fields the tree reads.
const section = (id: string, number: number, tools: unknown[] = [], reflection = [{ id: 'reflect', text: 'Think' }]) => ({
  id,
  collection: 'sections',
  data: { number, title: `S${number}`, shortTitle: `S${number}`, readingMinutes: 5, tools, reflection },
});
const ids = (...list: string[]) => list.map((id) => ({ id, text: `Question ${id}` }));
const blocks = (...list: string[]) => list.map((id) => ({ type: 'text', id, label: id, required: false, private: false, rows: 3 }));
const activity = (id: string, number: number, sectionId: string, resources: string[] = [], worksheet = blocks('notes'), discussion = ids('talk')) => ({
  id,
  collection: 'activities',
  data: { number, title: `A${number}`, section: sectionId, minutes: 20, resources, worksheet, discussion },
});
const reading = (id: string, order: number, to: string[], questions = ids('q1', 'q2', 'q3')) => ({
  id,
  collection: 'readings',
  data: { order, title: id, readingMinutes: 5, connections: to.map((t) => ({ to: t, note: '' })), questions },
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

  describe("ids unique across a lesson's prompts and tools", () => {
    it('accepts the same id in two different lessons', () => {
      expect(() => make({ sections: [section('one', 1, blocks('sort')), section('two', 2, blocks('sort'))] })).not.toThrow();
    });

    it('fails when a section tool and a reflection prompt share an id, naming the file and both lists', () => {
      expect(() => make({ sections: [section('one', 1, blocks('reflect')), section('two', 2)] })).toThrow(
        /content\/sections\/one\.mdx: id "reflect" is used twice \(tools and reflection\)/,
      );
    });

    it('fails when an activity block collides with a discussion note once the note is prefixed', () => {
      const clash = activity('a', 1, 'one', ['r'], blocks('discussion-talk'), ids('talk'));
      expect(() => make({ activities: [clash, activity('b', 2, 'two')] })).toThrow(
        /content\/activities\/a\.mdx: id "discussion-talk" is used twice \(worksheet and discussion\)/,
      );
      // Without the prefix the two do not collide: the discussion note is stored as discussion-notes.
      expect(() => make({ activities: [activity('a', 1, 'one', ['r'], blocks('notes'), ids('notes')), activity('b', 2, 'two')] })).not.toThrow();
    });

    it("fails on a repeated reading question and on a lab question named like the lab's own field", () => {
      expect(() => make({ readings: [reading('x', 1, ['section/one'], ids('q1', 'q2', 'q1'))] })).toThrow(/content\/readings\/x\.mdx: id "q1" is used twice/);
      const lab = {
        id: 'lab',
        collection: 'scenarios',
        data: { kind: 'committee-lab', section: 'one', committees: [], pool: [], perspectives: [], risks: [], questions: ids('first-reading') },
      };
      expect(() => make({ scenarios: [lab] })).toThrow(
        /content\/scenarios\/lab\.yaml: id "first-reading" is used twice \(the lab's first reading and questions\)/,
      );
    });
  });
});
