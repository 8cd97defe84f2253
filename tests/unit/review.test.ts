import { describe, expect, it } from 'vitest';
import type { HandInFile } from '../../src/lib/handin';
import { addHandIns, chooseHandIn, dropOther, learnerKey } from '../../src/lib/review';

const file = (name: string, exportedAt: string, checksum: string, code = 'CODE'): HandInFile => ({
  format: 'dl-course-handin',
  version: 1,
  site: { version: 't' },
  exportedAt,
  learner: { name },
  pathway: { code, title: 'P', items: [] },
  data: { answers: {}, progress: {} },
  checksum: checksum.padEnd(64, '0'),
});

describe('addHandIns', () => {
  it('keeps both files that claim the same learner (names compared loosely), shows the later, and says so', () => {
    const first = addHandIns([], [{ fileName: 'jordan.json', file: file('Jordan Lee', '2026-11-01T10:00:00Z', 'a') }]);
    expect(first.outcomes).toEqual([{ kind: 'added', fileName: 'jordan.json' }]);
    const second = addHandIns(first.list, [{ fileName: 'jordan-2.json', file: file(' jordan  LEE', '2026-11-20T10:00:00Z', 'b') }]);
    expect(second.list).toHaveLength(1);
    expect(second.list[0]!.fileName).toBe('jordan-2.json');
    expect(second.list[0]!.others?.map((o) => o.fileName)).toEqual(['jordan.json']);
    expect(second.outcomes[0]).toMatchObject({ kind: 'same-learner', shown: 'jordan-2.json', files: ['jordan.json', 'jordan-2.json'] });
  });

  it('an older file coming second is kept beside the shown one, never dropped; the same file twice is ignored', () => {
    const a = addHandIns([], [{ fileName: 'new.json', file: file('Amira', '2026-11-20T10:00:00Z', 'b') }]);
    const b = addHandIns(a.list, [
      { fileName: 'old.json', file: file('Amira', '2026-11-01T10:00:00Z', 'a') },
      { fileName: 'new-copy.json', file: file('Amira', '2026-11-20T10:00:00Z', 'b') },
    ]);
    expect(b.list.map((l) => l.fileName)).toEqual(['new.json']);
    expect(b.list[0]!.others?.map((o) => o.fileName)).toEqual(['old.json']);
    expect(b.outcomes.map((o) => o.kind)).toEqual(['same-learner', 'duplicate']);
  });

  it('the reviewer chooses which file counts, and can drop the other', () => {
    const { list } = addHandIns(
      [],
      [
        { fileName: 'alice.json', file: file('Alice Smith', '2026-11-01T10:00:00Z', 'a') },
        { fileName: 'forged.json', file: file('  alice   SMITH ', '2026-11-30T10:00:00Z', 'b') },
      ],
    );
    expect(list[0]!.fileName).toBe('forged.json');
    const chosen = chooseHandIn(list, list[0]!.id, 'alice.json');
    expect(chosen[0]!.fileName).toBe('alice.json');
    expect(chosen[0]!.others?.map((o) => o.fileName)).toEqual(['forged.json']);
    const dropped = dropOther(chosen, list[0]!.id, 'forged.json');
    expect(dropped[0]!.others).toBeUndefined();
    expect(dropped[0]!.fileName).toBe('alice.json');
  });

  it('treats another pathway as another hand-in', () => {
    const r = addHandIns(
      [],
      [
        { fileName: 'p1.json', file: file('Amira', '2026-11-20T10:00:00Z', 'a', 'ONE') },
        { fileName: 'p2.json', file: file('Amira', '2026-11-21T10:00:00Z', 'b', 'TWO') },
      ],
    );
    expect(r.list).toHaveLength(2);
    expect(learnerKey('Amira', 'ONE')).not.toBe(learnerKey('Amira', 'TWO'));
  });
});
