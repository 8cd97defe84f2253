import { describe, expect, it } from 'vitest';
import { answerKey } from '../../src/blocks/answers';
import { worksheet } from '../../src/blocks/schemas';
import { analyseTable, labBlocks, labKey, labPaths, membersOf, type LabData, type LabForBlocks, type LabMember } from '../../src/lib/committee';
import { labProblems } from '../../src/lib/course-tree';
import { stableId } from '../../src/blocks/common';

// A small made-up scenario: nothing here comes from a real content file, so the tests show that
// every finding follows from the attributes declared in the data.
const member = (id: string, power: LabMember['power'], perspectives: string[], risks: string[] = []): LabMember => ({
  id,
  name: id.toUpperCase(),
  role: `role of ${id}`,
  power,
  perspectives,
  risks,
});

const lab: LabData = {
  perspectives: [
    { id: 'office', label: 'Office', description: '' },
    { id: 'old-guard', label: 'Old guard', description: '', tensions: ['new-guard'] },
    { id: 'new-guard', label: 'New guard', description: '' },
    { id: 'learners', label: 'Learners', description: '' },
    { id: 'families', label: 'Families', description: '' },
  ],
  risks: [
    { id: 'clash', label: 'Clash', section: 's', activity: 'a', advice: '', signals: ['tension'] },
    { id: 'silence', label: 'Silence', section: 's', activity: 'a', advice: '', signals: ['power-gap', 'lone-voice'] },
    { id: 'blind-spot', label: 'Blind spot', section: 's', activity: 'a', advice: '', signals: ['shared-view'] },
    { id: 'feelings', label: 'Feelings', section: 's', activity: 'a', advice: '' },
  ],
  pool: [
    member('boss', 'high', ['office']),
    member('veteran-1', 'high', ['old-guard']),
    member('veteran-2', 'medium', ['old-guard']),
    member('veteran-3', 'high', ['old-guard', 'office']),
    member('novice', 'low', ['new-guard']),
    member('bridge', 'medium', ['old-guard', 'new-guard']),
    member('pupil', 'low', ['learners'], ['feelings']),
    member('parent', 'low', ['families', 'learners']),
  ],
  committees: [{ id: 'inner-circle', name: 'Inner circle', members: ['boss', 'veteran-1', 'veteran-3'] }],
};

const labels = (xs: { perspective: { id: string } }[]) => xs.map((x) => x.perspective.id);
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('analyseTable', () => {
  it('lists present and missing perspectives, and who could bring the missing ones', () => {
    const a = analyseTable(lab, ['boss', 'pupil']);
    expect(labels(a.present)).toEqual(['office', 'learners']);
    expect(labels(a.missing)).toEqual(['old-guard', 'new-guard', 'families']);
    expect(ids(a.missing.find((m) => m.perspective.id === 'families')!.couldBring)).toEqual(['parent']);
    expect(ids(a.missing.find((m) => m.perspective.id === 'old-guard')!.couldBring)).toEqual(['veteran-1', 'veteran-2', 'veteran-3', 'bridge']);
  });

  it('changes as members are added and removed', () => {
    const before = analyseTable(lab, ['boss']);
    const added = analyseTable(lab, ['boss', 'parent']);
    expect(labels(added.present)).toEqual([...labels(before.present), 'learners', 'families']);
    expect(labels(added.missing)).not.toContain('families');
    expect(
      analyseTable(
        lab,
        ['boss', 'parent'].filter((x) => x !== 'parent'),
      ),
    ).toEqual(before);
  });

  it('ignores unknown ids and repeats, and keeps pool order', () => {
    expect(ids(membersOf(lab, ['pupil', 'nobody', 'boss', 'pupil']))).toEqual(['boss', 'pupil']);
    expect(analyseTable(lab, ['pupil', 'boss', 'ghost'])).toEqual(analyseTable(lab, ['boss', 'pupil']));
  });

  it('finds who may go quiet from the power levels at the table', () => {
    const a = analyseTable(lab, ['boss', 'veteran-2', 'novice']);
    expect(a.quiet.map((q) => [q.member.id, q.likelihood, ids(q.above)])).toEqual([
      ['veteran-2', 'possible', ['boss']],
      ['novice', 'likely', ['boss', 'veteran-2']],
    ]);
    expect(ids(a.dominant)).toEqual(['boss']);
    expect(a.signals).toContain('power-gap');
    expect(a.powerCounts).toEqual({ low: 1, medium: 1, high: 1 });
  });

  it('sees no power gap among equals, and no one dominant', () => {
    const a = analyseTable(lab, ['novice', 'pupil', 'parent']);
    expect(a.quiet).toEqual([]);
    expect(a.dominant).toEqual([]);
    expect(a.signals).not.toContain('power-gap');
  });

  it('marks a present perspective at risk when everyone who brings it is likely to go quiet', () => {
    const a = analyseTable(lab, ['boss', 'pupil', 'parent', 'bridge']);
    const learners = a.present.find((p) => p.perspective.id === 'learners')!;
    expect(learners.atRisk).toBe(true);
    expect(a.present.find((p) => p.perspective.id === 'office')!.atRisk).toBe(false);
    // With only medium power above them, low-power members may hold back but are not "likely" silenced.
    expect(analyseTable(lab, ['bridge', 'pupil', 'parent']).present.every((p) => !p.atRisk)).toBe(true);
  });

  it('finds a lone voice: a perspective resting on one member who may go quiet', () => {
    const a = analyseTable(lab, ['boss', 'veteran-1', 'parent']);
    expect(a.loneVoices.map((l) => [l.perspective.id, l.member.id])).toEqual([
      ['learners', 'parent'],
      ['families', 'parent'],
    ]);
    expect(a.signals).toContain('lone-voice');
    expect(analyseTable(lab, ['parent']).loneVoices).toEqual([]);
  });

  it('finds tensions declared in content only when each side has its own members', () => {
    const a = analyseTable(lab, ['veteran-1', 'novice', 'bridge']);
    expect(a.tensions).toHaveLength(1);
    const t = a.tensions[0]!;
    expect([t.a.id, t.b.id, ids(t.sideA), ids(t.sideB), ids(t.bridges)]).toEqual(['old-guard', 'new-guard', ['veteran-1'], ['novice'], ['bridge']]);
    // A member who holds both perspectives is a bridge, not a clash.
    expect(analyseTable(lab, ['bridge']).tensions).toEqual([]);
    expect(analyseTable(lab, ['veteran-1', 'bridge']).tensions).toEqual([]);
  });

  it('finds a shared view when two thirds or more of a table of three or more share a perspective', () => {
    expect(labels(analyseTable(lab, ['veteran-1', 'veteran-2', 'novice']).sharedViews)).toEqual(['old-guard']);
    expect(analyseTable(lab, ['veteran-1', 'novice', 'pupil']).sharedViews).toEqual([]);
    expect(analyseTable(lab, ['veteran-1', 'veteran-2']).sharedViews).toEqual([]);
  });

  it('flags risks from members who carry them and from signals at the table, and lists the rest', () => {
    const calm = analyseTable(lab, ['novice', 'parent']);
    expect(calm.risks).toEqual([]);
    expect(ids(calm.otherRisks)).toEqual(['clash', 'silence', 'blind-spot', 'feelings']);

    const a = analyseTable(lab, ['boss', 'veteran-1', 'novice', 'pupil']);
    expect(a.risks.map((r) => [r.risk.id, ids(r.members), r.signals])).toEqual([
      ['clash', [], ['tension']],
      ['silence', [], ['power-gap', 'lone-voice']],
      ['feelings', ['pupil'], []],
    ]);
    expect(ids(a.otherRisks)).toEqual(['blind-spot']);
  });

  it('names perspectives none of the scenario committees brought', () => {
    expect(ids(analyseTable(lab, ['boss', 'pupil', 'novice']).beyondCommittees)).toEqual(['new-guard', 'learners']);
    expect(analyseTable(lab, ['boss']).beyondCommittees).toEqual([]);
  });

  it('sizes the table', () => {
    expect(analyseTable(lab, []).size).toBe('empty');
    expect(analyseTable(lab, ['boss', 'pupil']).size).toBe('small');
    expect(analyseTable(lab, ['boss', 'pupil', 'parent']).size).toBe('workable');
    const big: LabData = { ...lab, pool: Array.from({ length: 13 }, (_, i) => member(`m${i}`, 'medium', ['office'])) };
    expect(analyseTable(big, ids(big.pool)).size).toBe('large');
  });
});

describe('labProblems', () => {
  it('accepts a consistent lab', () => {
    expect(labProblems(lab)).toEqual([]);
  });

  it('reports unknown and self tensions and duplicate ids', () => {
    const broken: LabData = {
      ...lab,
      perspectives: [...lab.perspectives, { id: 'office', label: 'Again', description: '', tensions: ['office', 'nowhere'] }],
    };
    expect(labProblems(broken)).toEqual([
      'perspective "office" is in tension with itself',
      'perspective "office" names unknown tension "nowhere"',
      'duplicate perspective id "office"',
    ]);
  });
});

/** The lab with what its blocks need of each committee: its proposal (and, for one, a headline). */
const withProposals = (questions: { id: string; text: string }[]): LabForBlocks => ({
  ...lab,
  committees: [
    ...lab.committees.map((c) => ({ ...c, proposal: 'Keep things as they are, with a longer explanation.', headline: 'Keep things as they are' })),
    { id: 'outer-circle', name: 'Outer circle', members: ['novice', 'pupil'], proposal: 'Ask the students first.' },
  ],
  questions,
});

describe('lab keys and blocks', () => {
  it('keeps every piece under the lab, with an id that follows the id rule', () => {
    expect(labKey('demo', labPaths.prediction('inner-circle', 'diagnosis'))).toBe('scenario/demo/predict-inner-circle-diagnosis');
    expect(labKey('demo', labPaths.members)).toBe('scenario/demo/build-members');
    for (const b of labBlocks(withProposals([]))) expect(stableId.safeParse(b.id).success, b.id).toBe(true);
  });

  it('describes every saved piece as a block whose id gives its key', () => {
    const blocks = labBlocks(withProposals([{ id: 'compare', text: 'Compare them.' }]));
    const keys = blocks.map((b) => answerKey('scenario/demo', b.id));
    expect(keys).toEqual([
      'scenario/demo/first-reading',
      'scenario/demo/predict-inner-circle-diagnosis',
      'scenario/demo/predict-inner-circle-pick',
      'scenario/demo/predict-inner-circle-proposal',
      'scenario/demo/compare-inner-circle',
      'scenario/demo/predict-outer-circle-diagnosis',
      'scenario/demo/predict-outer-circle-pick',
      'scenario/demo/predict-outer-circle-proposal',
      'scenario/demo/compare-outer-circle',
      'scenario/demo/reveal-proposals',
      'scenario/demo/compare',
      'scenario/demo/build-members',
      'scenario/demo/build-plan',
    ]);
    expect(new Set(keys).size).toBe(keys.length);
    const members = blocks.find((b) => b.id === labPaths.members);
    expect(members?.type === 'checklist' && members.items.map((i) => i.id)).toEqual(ids(lab.pool));
  });

  it("asks which of the lab's proposals each committee will make, its own as the outcome", () => {
    const blocks = labBlocks(withProposals([]));
    const pick = blocks.find((b) => b.id === labPaths.prediction('outer-circle', 'pick'));
    expect(pick?.type).toBe('choice');
    if (pick?.type !== 'choice') return;
    expect(pick.multiple).toBe(false);
    // Every committee's proposal, in a few words where the content gives them, in the order of their text.
    expect(pick.options).toEqual([
      { id: 'outer-circle', label: 'Ask the students first.' },
      { id: 'inner-circle', label: 'Keep things as they are' },
    ]);
    expect(pick.outcome).toEqual({
      option: 'outer-circle',
      reveal: 'Reveal what the committee proposed',
      heading: 'What the committee proposed',
      text: 'Ask the students first.',
    });
    // The lab's blocks are made in code: they still pass the authoring schema, and an outcome must name an option.
    const checked = worksheet.safeParse(blocks);
    expect(checked.success, checked.error?.message).toBe(true);
    const stray = worksheet.safeParse([{ ...pick, outcome: { ...pick.outcome, option: 'nobody' } }]);
    expect(stray.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['0.outcome.option: "nobody" is not an option of this block']);
    const inner = blocks.find((b) => b.id === labPaths.prediction('inner-circle', 'pick'));
    expect(inner?.type === 'choice' && inner.outcome?.text).toBe('Keep things as they are, with a longer explanation.');
  });
});
