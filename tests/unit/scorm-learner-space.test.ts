import { describe, expect, it } from 'vitest';
import { learnerSpaceId, NO_LEARNER_SPACE } from '../../src/lib/scorm/learner-space';

describe('learner spaces', () => {
  it('names a learner’s space by a hash of the LMS’s id, never the id itself', () => {
    const ana = learnerSpaceId('ana-0001');
    expect(ana).toMatch(/^l-[0-9a-f]{32}$/);
    expect(ana).not.toContain('ana');
    // The same learner finds the same space on every launch, whatever spaces the LMS pads the id with.
    expect(learnerSpaceId(' ana-0001 ')).toBe(ana);
    expect(learnerSpaceId('ana-0002')).not.toBe(ana);
    expect(learnerSpaceId('ANA-0001')).not.toBe(ana);
  });

  it('gives launches without a learner id a space of their own', () => {
    expect(learnerSpaceId('')).toBe(NO_LEARNER_SPACE);
    expect(learnerSpaceId('   ')).toBe(NO_LEARNER_SPACE);
    expect(learnerSpaceId('no-learner')).not.toBe(NO_LEARNER_SPACE);
  });
});
