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

  describe('references from scenarios and the glossary, each rule accepting good content and naming the file of bad', () => {
    const member = (id: string, over: Record<string, unknown> = {}) => ({
      id,
      name: id,
      role: 'r',
      perspectives: ['p'],
      power: 'low',
      risks: ['k'],
      illustrative: [],
      ...over,
    });
    const lab = (over: Record<string, unknown> = {}) => ({
      id: 'lab',
      collection: 'scenarios',
      data: {
        kind: 'committee-lab',
        title: 'Lab',
        section: 'one',
        questions: ids('q'),
        perspectives: [
          { id: 'p', label: 'P', description: '', tensions: ['p2'] },
          { id: 'p2', label: 'P2', description: '', tensions: [] },
        ],
        risks: [{ id: 'k', label: 'K', section: 'one', activity: 'a', advice: '', signals: [] }],
        pool: [member('m1'), member('m2')],
        committees: [{ id: 'c', name: 'C', members: ['m1'], proposal: 'Do C.' }],
        ...over,
      },
    });
    const withLab = (over: Record<string, unknown> = {}) => make({ scenarios: [lab(over)] });

    it('places a valid lab under its section', () => {
      expect(withLab().sections[0]?.labs.map((l) => l.entry.id)).toEqual(['lab']);
    });

    it('fails on a lab whose section does not exist, instead of dropping the lab', () => {
      expect(() => withLab({ section: 'gone' })).toThrow(/content\/scenarios\/lab\.yaml: section "gone" does not exist/);
    });

    it('fails on a committee member missing from the pool, and on unknown perspectives and risks', () => {
      expect(() => withLab({ committees: [{ id: 'c', name: 'C', members: ['m9'] }] })).toThrow(/committee "c" member "m9" is not in the pool/);
      expect(() => withLab({ pool: [member('m1', { perspectives: ['nope'] })] })).toThrow(/member "m1" has unknown perspective "nope"/);
      expect(() => withLab({ pool: [member('m1', { risks: ['nope'] })] })).toThrow(/member "m1" has unknown risk "nope"/);
    });

    it('fails on a risk whose lesson or activity does not exist', () => {
      expect(() => withLab({ risks: [{ id: 'k', label: 'K', section: 'gone', activity: 'a', advice: '' }] })).toThrow(/risk "k" names missing section "gone"/);
      expect(() => withLab({ risks: [{ id: 'k', label: 'K', section: 'one', activity: 'zz', advice: '' }] })).toThrow(/risk "k" names missing activity "zz"/);
    });

    it("fails on the lab's own rules (tensions, repeated ids, unmarked details), naming the lab's file", () => {
      expect(() => withLab({ perspectives: [{ id: 'p', label: 'P', description: '', tensions: ['p'] }] })).toThrow(
        /content\/scenarios\/lab\.yaml: perspective "p" is in tension with itself/,
      );
      expect(() => withLab({ pool: [member('m1'), member('m1')] })).toThrow(/content\/scenarios\/lab\.yaml: duplicate member id "m1"/);
      expect(() => withLab({ pool: [member('m1', { detail: 'Added by us' })] })).toThrow(/member "m1" has a detail not marked as illustrative/);
      expect(() => withLab({ pool: [member('m1', { detail: 'Added by us', illustrative: ['detail'] })] })).not.toThrow();
    });

    it("keeps a lab's question ids apart from its pieces' ids, every committee's included", () => {
      // Near misses are fine: a question may start like a piece, just not equal one.
      expect(() => withLab({ questions: ids('compare', 'predict-c', 'build', 'reveal', 'c-diagnosis') })).not.toThrow();
      const clash = (question: string, list: string) =>
        expect(() => withLab({ questions: ids('q', question) }), question).toThrow(
          new RegExp(`content/scenarios/lab\\.yaml: id "${question}" is used twice \\(${list} and questions\\); saved answers would overwrite each other`),
        );
      clash('predict-c-diagnosis', 'committee "c"');
      clash('predict-c-pick', 'committee "c"');
      clash('predict-c-proposal', 'committee "c"');
      clash('compare-c', 'committee "c"');
      clash('reveal-proposals', "the lab's reveals and own committee");
      clash('build-members', "the lab's reveals and own committee");
      clash('build-plan', "the lab's reveals and own committee");
      // A second committee's generated ids count too.
      const two = [
        { id: 'c', name: 'C', members: ['m1'], proposal: 'Do C.' },
        { id: 'd', name: 'D', members: ['m2'], proposal: 'Do D.' },
      ];
      expect(() => withLab({ committees: two, questions: ids('compare-d') })).toThrow(/id "compare-d" is used twice \(committee "d" and questions\)/);
    });

    it('fails on a stakeholder case whose activity is missing or whose stakeholder ids repeat', () => {
      const stakeholderCase = (activityId: string, stakeholders: string[]) => ({
        id: 'case',
        collection: 'scenarios',
        data: { kind: 'stakeholder-case', title: 'Case', activity: activityId, story: ['x'], stakeholders: stakeholders.map((id) => ({ id, label: id })) },
      });
      expect(() => make({ scenarios: [stakeholderCase('a', ['s1', 's2'])] })).not.toThrow();
      expect(() => make({ scenarios: [stakeholderCase('zz', ['s1', 's2'])] })).toThrow(/content\/scenarios\/case\.yaml: activity "zz" does not exist/);
      expect(() => make({ scenarios: [stakeholderCase('a', ['s1', 's1'])] })).toThrow(/content\/scenarios\/case\.yaml: stakeholder id "s1" is used twice/);
    });

    it('fails on a worksheet naming a scenario that does not exist', () => {
      const chart = [{ type: 'stakeholder-chart', id: 'chart', label: 'Chart', required: false, private: false, scenario: 'nowhere' }];
      expect(() => make({ activities: [activity('a', 1, 'one', ['r'], chart as never), activity('b', 2, 'two')] })).toThrow(
        /content\/activities\/a\.mdx: block "chart" names scenario "nowhere", which does not exist/,
      );
    });

    it('fails on a glossary term naming a missing section or a missing term', () => {
      const term = (id: string, sectionId: string, seeAlso: string[] = []) => ({
        id,
        collection: 'glossary',
        data: { id, term: id, definition: '', section: sectionId, seeAlso },
      });
      expect(() => make({ glossary: [term('t', 'one', ['u']), term('u', 'two')] })).not.toThrow();
      expect(() => make({ glossary: [term('t', 'gone')] })).toThrow(/content\/glossary\.yaml: term "t" names section "gone"/);
      expect(() => make({ glossary: [term('t', 'one', ['nowhere'])] })).toThrow(/term "t" sees also "nowhere", which does not exist/);
    });

    it('lists every problem at once, so one build shows them all', () => {
      try {
        withLab({ section: 'gone', pool: [member('m1'), member('m1')] });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(CourseError);
        expect((error as Error).message).toMatch(/^The course content has 2 problem\(s\):\n - .*section "gone".*\n - .*duplicate member id "m1"/s);
      }
    });
  });
});
