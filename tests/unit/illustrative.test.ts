import { describe, expect, it } from 'vitest';
import { labBlocks, labPaths, type LabData, type LabForBlocks, type LabMember } from '../../src/lib/committee';
import { labProblems } from '../../src/lib/course-tree';
import { ILLUSTRATIVE_SUFFIX, isIllustrative, memberText, wholeMemberIllustrative } from '../../src/lib/illustrative';

// Made-up members: the marks, not any real scenario, decide what is labelled.
const base = { perspectives: ['p'], power: 'low' as const, risks: [] };
const reported: LabMember = { id: 'reported', name: 'Ms. Reported', role: 'A role the report gives', ...base };
const inventedPerson: LabMember = { id: 'invented', name: 'Mr. Invented', role: 'A role we made up', illustrative: ['name', 'role'], ...base };
const inventedName: LabMember = {
  id: 'chair',
  name: 'Drama chair',
  role: 'On the team',
  detail: 'Runs the spring show',
  illustrative: ['name', 'detail'],
  ...base,
};

describe('illustrative marks', () => {
  it('tells which fields are invented, and when the whole person is', () => {
    expect(isIllustrative(reported, 'name')).toBe(false);
    expect(isIllustrative(inventedName, 'detail')).toBe(true);
    expect(wholeMemberIllustrative(inventedPerson)).toBe(true);
    expect(wholeMemberIllustrative(inventedName)).toBe(false);
  });

  it('marks invented fields in plain-text labels, once for a whole invented person', () => {
    expect(memberText(reported)).toBe('Ms. Reported (A role the report gives)');
    expect(memberText(inventedPerson)).toBe(`Mr. Invented (A role we made up)${ILLUSTRATIVE_SUFFIX}`);
    expect(memberText(inventedName)).toBe(`Drama chair${ILLUSTRATIVE_SUFFIX} (On the team; Runs the spring show${ILLUSTRATIVE_SUFFIX})`);
  });

  it('carries the marks into the saved-work labels of the lab', () => {
    const lab: LabForBlocks = { pool: [reported, inventedPerson], committees: [], questions: [] };
    const members = labBlocks(lab).find((b) => b.id === labPaths.members);
    expect(members?.type === 'checklist' && members.items.map((i) => i.label)).toEqual([memberText(reported), memberText(inventedPerson)]);
  });

  it("reports a detail that is not marked as the course's", () => {
    const unmarked: LabMember = { ...inventedName, id: 'unmarked', illustrative: ['name'] };
    const lab: LabData = { perspectives: [], risks: [], pool: [inventedName, unmarked], committees: [] };
    expect(labProblems(lab)).toEqual(['member "unmarked" has a detail not marked as illustrative']);
  });
});
