import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  balance,
  balanceText,
  clockAfter,
  decodePlan,
  emptyPlan,
  encodePlan,
  formatOffset,
  MAX_ITEMS,
  moveItem,
  parseMinutes,
  planFromHash,
  planLink,
  resolvePlan,
  schedule,
  sessionPlan,
  totalMinutes,
  type SessionPlan,
} from '../../src/lib/session-plan';
import { fromBase64Url, toBase64Url } from '../../src/lib/link-codec';

const plan: SessionPlan = {
  title: 'Cohort 3 · séance 2 — “trust”',
  length: 90,
  start: '09:30',
  items: [
    { kind: 'section', id: 'conditions-and-skills', minutes: 15 },
    { kind: 'activity', id: 'trust', minutes: 40 },
    { kind: 'break', title: 'Coffee', minutes: 10 },
    { kind: 'scenario', id: 'harmon-high', minutes: 25 },
  ],
};

/** Encode arbitrary JSON the way a link would carry it. */
const v1 = (data: unknown) => `v1.${toBase64Url(JSON.stringify(data))}`;

describe('plan links', () => {
  it('round-trips a plan, including non-ASCII titles', () => {
    const code = encodePlan(plan);
    expect(code).toMatch(/^v2\.[A-Za-z0-9_-]+$/);
    expect(decodePlan(code)).toEqual({ ok: true, plan });
  });

  it('is compact: a four-item plan with a title fits in a short link', () => {
    expect(encodePlan(plan).length).toBeLessThan(250);
  });

  it('builds a link to the builder and reads it back from the hash or the whole address', () => {
    const link = planLink('https://example.org/facilitate/plan/#old', plan);
    expect(link.startsWith('https://example.org/facilitate/plan/#plan=v2.')).toBe(true);
    expect(decodePlan(link)).toEqual({ ok: true, plan });
    expect(planFromHash(new URL(link).hash)).toEqual({ ok: true, plan });
    expect(decodePlan(`plan=${encodePlan(plan)}`)).toEqual({ ok: true, plan });
  });

  it('keeps an empty plan and leaves out empty title and start', () => {
    const empty = emptyPlan();
    expect(decodePlan(encodePlan(empty))).toEqual({ ok: true, plan: empty });
    expect(JSON.parse(fromBase64Url(encodePlan(empty).slice(3))!)).toEqual({ l: 90, i: [] });
  });

  it('tells a hash without a plan from a hash with a broken one', () => {
    expect(planFromHash('')).toBeNull();
    expect(planFromHash('#settings')).toBeNull();
    const broken = planFromHash('#plan=');
    expect(broken?.ok).toBe(false);
  });

  it('explains a link from a newer version instead of guessing', () => {
    const result = decodePlan(`v3.${toBase64Url('{"anything":"new"}')}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe('future-version');
    expect(result.message).toContain('newer version');
    expect(result.message).toContain('v3');
  });

  const malformed: [string, string][] = [
    ['empty', ''],
    ['no version', 'eyJsIjo5MCwiaSI6W119'],
    ['version zero', `v0.${toBase64Url('{"l":90,"i":[]}')}`],
    ['not base64url', 'v1.eyJsIjo5MC!!'],
    ['truncated base64', `v1.${toBase64Url(JSON.stringify({ l: 90, i: [['a', 'trust', 30]] })).slice(0, 17)}`],
    ['not JSON', `v1.${toBase64Url('{"l":90,')}`],
    ['JSON of the wrong shape', v1([1, 2, 3])],
    ['missing length', v1({ i: [] })],
    ['unknown field', v1({ l: 90, i: [], x: 1 })],
    ['unknown kind', v1({ l: 90, i: [['z', 'trust', 30]] })],
    ['zero minutes', v1({ l: 90, i: [['a', 'trust', 0]] })],
    ['fractional minutes', v1({ l: 90, i: [['a', 'trust', 2.5]] })],
    ['huge minutes', v1({ l: 90, i: [['a', 'trust', 100000]] })],
    ['session too long', v1({ l: 100000, i: [] })],
    ['bad start time', v1({ l: 90, s: '25:99', i: [] })],
    ['id with markup', v1({ l: 90, i: [['a', '<img src=x onerror=alert(1)>', 30]] })],
    ['too many items', v1({ l: 90, i: Array.from({ length: MAX_ITEMS + 1 }, () => ['b', 'Break', 5]) })],
    ['huge link', `v1.${'A'.repeat(50_000)}`],
    ['step minutes that do not add up', v1({ l: 90, i: [['a', 'trust', 30, [10, 12, 5]]] })],
    ['zero step minutes', v1({ l: 90, i: [['a', 'trust', 30, [0, 30]]] })],
    ['fractional step minutes', v1({ l: 90, i: [['a', 'trust', 30, [15.5, 14.5]]] })],
    ['huge step minutes', v1({ l: 90, i: [['a', 'trust', 240, [100000, -99760]]] })],
    ['step minutes as text', v1({ l: 90, i: [['a', 'trust', 30, ['10', '20']]] })],
    ['too many steps', v1({ l: 90, i: [['a', 'trust', 30, Array.from({ length: 30 }, () => 1)]] })],
    ['no steps', v1({ l: 90, i: [['a', 'trust', 30, []]] })],
    ['steps for a break', v1({ l: 90, i: [['b', 'Coffee', 10, [5, 5]]] })],
    ['steps for a reading', v1({ l: 90, i: [['r', 'trust', 10, [5, 5]]] })],
    ['a fifth entry', v1({ l: 90, i: [['a', 'trust', 30, [10, 20], 1]] })],
    ['invalid UTF-8', `v1.${btoa(String.fromCharCode(0xff, 0xfe, 0xfd)).replace(/=+$/, '')}`],
  ];
  for (const [name, code] of malformed) {
    it(`refuses a malformed link (${name}) with a clear message, without throwing`, () => {
      const result = decodePlan(code);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problem).toBe('malformed');
      expect(result.message).toMatch(/damaged or incomplete/);
    });
  }

  it('never throws on any input, and whatever it accepts is a valid plan', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const a = decodePlan(text);
        const b = decodePlan(`v1.${text}`);
        for (const r of [a, b]) if (r.ok) expect(sessionPlan.safeParse(r.plan).success).toBe(true);
      }),
    );
  });

  it('round-trips every valid plan', () => {
    const item = fc.oneof(
      fc.record({
        kind: fc.constantFrom('section' as const, 'activity' as const, 'reading' as const, 'scenario' as const),
        id: fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,10}){0,3}$/),
        minutes: fc.integer({ min: 1, max: 240 }),
      }),
      // An activity whose step times were set by hand: its minutes are their total.
      fc
        .record({
          kind: fc.constantFrom('activity' as const, 'scenario' as const),
          id: fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,10}){0,3}$/),
          steps: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 }),
        })
        .map(({ steps, ...rest }) => ({ ...rest, minutes: steps.reduce((a, b) => a + b, 0), steps })),
      fc.record({ kind: fc.constant('break' as const), title: fc.string({ maxLength: 80 }), minutes: fc.integer({ min: 1, max: 240 }) }),
    );
    fc.assert(
      fc.property(
        fc.record({
          title: fc.string({ maxLength: 120 }),
          length: fc.integer({ min: 5, max: 600 }),
          start: fc.constantFrom('', '00:00', '08:45', '23:59'),
          items: fc.array(item, { maxLength: MAX_ITEMS }),
        }),
        (p) => {
          expect(decodePlan(encodePlan(p))).toEqual({ ok: true, plan: p });
        },
      ),
    );
  });
});

describe('resolving against the course', () => {
  it('drops items the course no longer has and says how many', () => {
    const known = new Set(['activity/trust', 'section/conditions-and-skills']);
    const { plan: resolved, notice } = resolvePlan(plan, (kind, id) => known.has(`${kind}/${id}`));
    expect(resolved.items.map((i) => (i.kind === 'break' ? 'break' : i.id))).toEqual(['conditions-and-skills', 'trust', 'break']);
    expect(notice).toBe('1 item in this plan is not part of the course any more and was left out.');
    expect(resolvePlan(plan, () => true).notice).toBeUndefined();
  });

  it('keeps step times set by hand while the guide has as many steps, and replaces them (saying so) when it does not', () => {
    const handSet: SessionPlan = { ...plan, items: [{ kind: 'activity', id: 'trust', minutes: 37, steps: [5, 12, 6, 7, 7] }] };
    expect(
      resolvePlan(
        handSet,
        () => true,
        () => 5,
      ),
    ).toEqual({ plan: handSet });
    const { plan: resolved, notice } = resolvePlan(
      handSet,
      () => true,
      () => 6,
    );
    expect(resolved.items).toEqual([{ kind: 'activity', id: 'trust', minutes: 37 }]);
    expect(notice).toMatch(/guide has different steps now/);
  });
});

describe('step times set by hand', () => {
  it('travel in a plan link and come back exactly', () => {
    const handSet: SessionPlan = { ...plan, items: [{ kind: 'activity', id: 'trust', minutes: 37, steps: [5, 12, 6, 7, 7] }, ...plan.items] };
    expect(decodePlan(encodePlan(handSet))).toEqual({ ok: true, plan: handSet });
  });

  it('are stored only when they add up to the item and stay within bounds', () => {
    const item = (extra: object) => sessionPlan.safeParse({ ...emptyPlan(), items: [{ kind: 'activity', id: 'trust', minutes: 30, ...extra }] }).success;
    expect(item({ steps: [10, 20] })).toBe(true);
    expect(item({ steps: [10, 21] })).toBe(false);
    expect(item({ steps: [0, 30] })).toBe(false);
    expect(item({ steps: [] })).toBe(false);
    expect(sessionPlan.safeParse({ ...emptyPlan(), items: [{ kind: 'section', id: 'trust', minutes: 30, steps: [10, 20] }] }).success).toBe(false);
  });
});

describe('timing', () => {
  it('adds up minutes and compares them with the session length', () => {
    expect(totalMinutes(plan)).toBe(90);
    expect(balance(plan).status).toBe('fits');
    expect(balanceText(plan)).toBe('90 of 90 minutes planned: exactly the length of the session.');
    const over = { ...plan, length: 60 };
    expect(balance(over)).toEqual({ total: 90, length: 60, difference: 30, status: 'over' });
    expect(balanceText(over)).toBe('90 of 60 minutes planned: 30 minutes over. Shorten or drop something.');
    // The printed agenda states the balance without the screen's advice.
    expect(balanceText(over, { advice: false })).toBe('90 of 60 minutes planned: 30 minutes over.');
    expect(balanceText({ ...plan, length: 91 })).toBe('90 of 91 minutes planned: 1 minute to spare.');
  });

  it('schedules clock times from the start, or offsets without one', () => {
    expect(schedule(plan).map((s) => `${s.from}-${s.to}`)).toEqual(['09:30-09:45', '09:45-10:25', '10:25-10:35', '10:35-11:00']);
    expect(schedule({ ...plan, start: '' }).map((s) => s.from)).toEqual(['0:00', '0:15', '0:55', '1:05']);
    expect(clockAfter('23:50', 20)).toBe('00:10');
    expect(formatOffset(125)).toBe('2:05');
  });

  it('moves items and clamps the target', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 9)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 5, 0)).toEqual(['a', 'b', 'c']);
  });

  it('reads minutes from a field only when they are whole and within limits', () => {
    expect(parseMinutes('15')).toBe(15);
    expect(parseMinutes(' 7 ')).toBe(7);
    expect(parseMinutes('0')).toBeUndefined();
    expect(parseMinutes('2.5')).toBeUndefined();
    expect(parseMinutes('-3')).toBeUndefined();
    expect(parseMinutes('')).toBeUndefined();
    expect(parseMinutes('999')).toBeUndefined();
    expect(parseMinutes('300', 600, 5)).toBe(300);
  });
});
