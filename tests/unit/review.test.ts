import { describe, expect, it } from 'vitest';
import type { HandInFile } from '../../src/lib/handin';
import { addHandIns, learnerKey } from '../../src/lib/review';

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
  it('keeps one hand-in per learner and pathway: the newest, and says it replaced one', () => {
    const first = addHandIns([], [{ fileName: 'jordan.json', file: file('Jordan Lee', '2026-11-01T10:00:00Z', 'a') }]);
    expect(first.outcomes).toEqual([{ kind: 'added', fileName: 'jordan.json' }]);
    const second = addHandIns(first.list, [{ fileName: 'jordan-2.json', file: file(' jordan  lee', '2026-11-20T10:00:00Z', 'b') }]);
    expect(second.list).toHaveLength(1);
    expect(second.list[0]!.fileName).toBe('jordan-2.json');
    expect(second.outcomes[0]).toMatchObject({ kind: 'replaced', older: { fileName: 'jordan.json' } });
  });

  it('keeps the newer one when an older file comes second, and ignores the same file twice', () => {
    const a = addHandIns([], [{ fileName: 'new.json', file: file('Amira', '2026-11-20T10:00:00Z', 'b') }]);
    const b = addHandIns(a.list, [
      { fileName: 'old.json', file: file('Amira', '2026-11-01T10:00:00Z', 'a') },
      { fileName: 'new-copy.json', file: file('Amira', '2026-11-20T10:00:00Z', 'b') },
    ]);
    expect(b.list.map((l) => l.fileName)).toEqual(['new.json']);
    expect(b.outcomes.map((o) => o.kind)).toEqual(['kept-newer', 'duplicate']);
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
