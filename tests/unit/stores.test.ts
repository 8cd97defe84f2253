import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine as installTestStorage } from '@nanostores/persistent';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SessionPlan } from '../../src/lib/session-plan';
import { FACILITATOR_KEY, parseTheme, progressKey, THEME_KEY } from '../../src/stores/keys';

// The stores as a page uses them, on @nanostores/persistent's test engine: another tab's write
// is `setTestStorageKey`, which fires the same listener a storage event does.
installTestStorage();
const sessions = await import('../../src/stores/sessions');
const settings = await import('../../src/stores/settings');
const status = await import('../../src/stores/status');

const trust = { kind: 'activity', id: 'trust', minutes: 40 } as const;
const coffee = { kind: 'break', title: 'Coffee', minutes: 10 } as const;
const stored = (slot: string): unknown => {
  const raw = getTestStorage()[`course:v1:sessions:${slot}`];
  return raw === undefined ? undefined : JSON.parse(raw);
};

afterEach(() => cleanTestStorage());

describe('the session planner store', () => {
  // Keep the computed stores mounted, as the planner does while it is on screen.
  beforeAll(() => {
    sessions.$plan.listen(() => undefined);
    sessions.$keptPlans.listen(() => undefined);
  });

  it('starts empty and saves every edit at once', () => {
    expect(sessions.$plan.get()).toEqual({ title: '', length: 90, start: '', items: [] });
    sessions.setPlanDetails({ title: 'Cohort 3', start: '09:30' });
    expect(sessions.addPlanItem(trust)).toBe(true);
    sessions.addPlanItem(coffee);
    sessions.updatePlanItem(1, { title: 'Tea', minutes: 15 });
    sessions.updatePlanItem(0, { minutes: 45, title: 'ignored for a lesson' });
    sessions.movePlanItem(1, 0);
    const expected: SessionPlan = {
      title: 'Cohort 3',
      length: 90,
      start: '09:30',
      items: [
        { ...coffee, title: 'Tea', minutes: 15 },
        { ...trust, minutes: 45 },
      ],
    };
    expect(sessions.$plan.get()).toEqual(expected);
    expect(stored('current')).toEqual(expected);
    sessions.removePlanItem(0);
    expect(stored('current')).toEqual({ ...expected, items: [{ ...trust, minutes: 45 }] });
  });

  it('refuses an item past the limit', () => {
    for (let i = 0; i < 40; i++) expect(sessions.addPlanItem(coffee)).toBe(true);
    expect(sessions.addPlanItem(trust)).toBe(false);
    expect(sessions.$plan.get().items).toHaveLength(40);
  });

  it('keeps a cleared plan in the list, to open again', () => {
    sessions.addPlanItem(trust);
    const before = sessions.$plan.get();
    expect(sessions.clearPlan()).toBe('kept');
    expect(sessions.$plan.get().items).toEqual([]);
    const [entry] = sessions.$keptPlans.get();
    expect(entry?.plan).toEqual(before);
    expect(stored(entry?.key ?? '')).toEqual(before);
    // Opening it puts it back; the blank planner it replaces is not worth keeping.
    expect(sessions.openKeptPlan(entry?.key ?? '')).toBe('blank');
    expect(sessions.$plan.get()).toEqual(before);
    expect(sessions.$keptPlans.get()).toEqual([]);
  });

  it('any number of links never costs a plan: each replaced plan is kept once, and each can be opened again', () => {
    const theirs: SessionPlan = { title: 'Theirs', length: 60, start: '', items: [trust] };
    expect(sessions.replacesSomething(theirs)).toBe(false);
    expect(sessions.openLinkedPlan(theirs)).toBe('blank');
    expect(sessions.$keptPlans.get()).toEqual([]);
    sessions.addPlanItem(coffee);
    const mine = sessions.$plan.get();
    const a: SessionPlan = { ...theirs, title: 'A' };
    const b: SessionPlan = { ...theirs, title: 'B' };
    expect(sessions.replacesSomething(a)).toBe(true);
    expect(sessions.openLinkedPlan(a)).toBe('kept');
    expect(sessions.openLinkedPlan(b)).toBe('kept');
    expect(sessions.openLinkedPlan(a)).toBe('kept');
    // B was kept when A came back; A (on screen) is not in the list twice, and mine is still there.
    expect(sessions.$plan.get()).toEqual(a);
    const titles = () => sessions.$keptPlans.get().map((k) => k.plan.title);
    expect(titles().sort()).toEqual(['A', 'B', 'Theirs']);
    const own = sessions.$keptPlans.get().find((k) => k.plan.title === 'Theirs');
    expect(own?.plan).toEqual(mine);
    expect(sessions.openKeptPlan(own?.key ?? '')).toBe('already-kept');
    expect(sessions.$plan.get()).toEqual(mine);
    expect(titles().sort()).toEqual(['A', 'B']);
  });

  it('a removed plan can be put back; a full list refuses to replace anything, so nothing is lost', () => {
    sessions.addPlanItem(trust);
    for (let i = 0; i < sessions.MAX_KEPT_PLANS; i++)
      expect(sessions.openLinkedPlan({ title: `Plan ${i}`, length: 60, start: '', items: [coffee] })).toBe('kept');
    expect(sessions.$keptPlans.get()).toHaveLength(sessions.MAX_KEPT_PLANS);
    const onScreen = sessions.$plan.get();
    expect(sessions.openLinkedPlan({ title: 'One too many', length: 60, start: '', items: [] })).toBe('full');
    expect(sessions.clearPlan()).toBe('full');
    expect(sessions.$plan.get()).toEqual(onScreen);
    const first = sessions.$keptPlans.get()[0]!;
    const removed = sessions.removeKeptPlan(first.key);
    expect(sessions.$keptPlans.get()).toHaveLength(sessions.MAX_KEPT_PLANS - 1);
    sessions.restoreKeptPlan(removed!);
    expect(sessions.$keptPlans.get()[0]).toEqual(first);
  });

  it('moves the one "previous" plan of earlier versions into the list (tests/fixtures/stored-plans-v1.json)', () => {
    const { localStorage: saved } = JSON.parse(readFileSync('tests/fixtures/stored-plans-v1.json', 'utf8')) as { localStorage: Record<string, string> };
    for (const [key, value] of Object.entries(saved)) setTestStorageKey(key, value);
    sessions.migrateSessions();
    expect(sessions.$plan.get().title).toBe('Cohort 3, session 2');
    expect(sessions.$keptPlans.get().map((k) => k.plan.title)).toEqual(['My first draft']);
    expect(stored('previous')).toBeUndefined();
  });

  it('loads round 9 plans, saved before step times could be set by hand, unchanged (tests/fixtures/stored-plans-v2.json)', () => {
    const { localStorage: saved } = JSON.parse(readFileSync('tests/fixtures/stored-plans-v2.json', 'utf8')) as { localStorage: Record<string, string> };
    for (const [key, value] of Object.entries(saved)) setTestStorageKey(key, value);
    sessions.migrateSessions();
    expect(sessions.$plan.get()).toEqual(JSON.parse(saved['course:v1:sessions:current']!));
    expect(sessions.$keptPlans.get().map((k) => k.plan)).toEqual([JSON.parse(saved['course:v1:sessions:kept-1764000000000']!)]);
  });

  it('sets step times by hand (the item takes their total), scales them with the item, and scales back to fit', () => {
    sessions.addPlanItem({ kind: 'activity', id: 'trust', minutes: 35 });
    sessions.setPlanSteps(0, [5, 12, 6, 9, 8]);
    expect(stored('current')).toMatchObject({ items: [{ kind: 'activity', id: 'trust', minutes: 40, steps: [5, 12, 6, 9, 8] }] });
    // A new total keeps the proportions set by hand.
    sessions.updatePlanItem(0, { minutes: 80 });
    expect(sessions.$plan.get().items[0]).toEqual({ kind: 'activity', id: 'trust', minutes: 80, steps: [10, 24, 12, 18, 16] });
    // Fewer minutes than steps cannot keep them: the guide's times again.
    sessions.updatePlanItem(0, { minutes: 3 });
    expect(sessions.$plan.get().items[0]).toEqual({ kind: 'activity', id: 'trust', minutes: 3 });
    sessions.setPlanSteps(0, [5, 12, 6, 9, 8]);
    sessions.setPlanSteps(0, undefined);
    expect(sessions.$plan.get().items[0]).toEqual({ kind: 'activity', id: 'trust', minutes: 40 });
    // Nothing a plan cannot hold is saved.
    for (const steps of [[], [0, 40], [200, 41], [1.5, 2]]) sessions.setPlanSteps(0, steps);
    expect(sessions.$plan.get().items[0]).toEqual({ kind: 'activity', id: 'trust', minutes: 40 });
  });

  it('follows a change made in another tab', () => {
    const elsewhere: SessionPlan = { title: 'From the other tab', length: 45, start: '', items: [coffee] };
    setTestStorageKey('course:v1:sessions:current', JSON.stringify(elsewhere));
    expect(sessions.$plan.get()).toEqual(elsewhere);
    sessions.addPlanItem(trust);
    expect(stored('current')).toEqual({ ...elsewhere, items: [coffee, trust] });
  });

  it('opens nothing for a key that is not a kept plan', () => {
    expect(sessions.openKeptPlan('current')).toBe('missing');
    expect(sessions.openKeptPlan('kept-1')).toBe('missing');
  });
});

describe('settings, each with its own schema', () => {
  beforeAll(() => settings.$settings.listen(() => undefined));

  it('reads each setting with its own type and a default', () => {
    expect(settings.$theme.get()).toBe('system');
    expect(settings.$facilitator.get()).toBe(false);
    expect(settings.$learnerName.get()).toBe('');
    setTestStorageKey(THEME_KEY, '"dark"');
    setTestStorageKey(FACILITATOR_KEY, 'true');
    setTestStorageKey('course:v1:settings:name', '"Amira Haddad"');
    expect(settings.$theme.get()).toBe('dark');
    expect(settings.$facilitator.get()).toBe(true);
    expect(settings.$learnerName.get()).toBe('Amira Haddad');
  });

  it('accepts exactly the values each setting allows', () => {
    const { theme, facilitator, name } = settings.settingSchemas;
    for (const ok of ['system', 'light', 'dark']) expect(theme.safeParse(ok).success).toBe(true);
    for (const bad of ['blue', true, '']) expect(theme.safeParse(bad).success).toBe(false);
    expect(facilitator.safeParse(true).success).toBe(true);
    expect(facilitator.safeParse('true').success).toBe(false);
    expect(name.safeParse('Amira').success).toBe(true);
    expect(name.safeParse(true).success).toBe(false);
    expect(name.safeParse('x'.repeat(201)).success).toBe(false);
  });

  it('keeps a name within its limit, so it never fails its own schema', () => {
    settings.setLearnerName('x'.repeat(300));
    expect(settings.$learnerName.get()).toHaveLength(200);
    expect(getTestStorage()['course:v1:settings:name']).toBe(JSON.stringify('x'.repeat(200)));
  });

  it('the page script reads the theme as the store does', () => {
    expect(parseTheme(null)).toBe('system');
    expect(parseTheme('"light"')).toBe('light');
    expect(parseTheme('"blue"')).toBe('system');
    expect(parseTheme('{')).toBe('system');
    expect(progressKey('activity/trust')).toBe('course:v1:progress:activity/trust');
  });
});

describe('last edits', () => {
  it('follow answers and progress, and leave out lessons with nothing saved', () => {
    const $edits = status.lastEdits(['activity/trust', 'section/overview']);
    const seen: string[] = [];
    const stop = $edits.subscribe((e) => seen.push(JSON.stringify(e)));
    expect($edits.get()).toEqual({});
    setTestStorageKey('course:v1:answers:activity/trust/q1', JSON.stringify({ v: 'An answer', at: 5 }));
    expect($edits.get()).toEqual({ 'activity/trust': 5 });
    // A visit is not an edit; marking the lesson done is.
    setTestStorageKey(progressKey('section/overview'), JSON.stringify({ visited: 7 }));
    expect($edits.get()).toEqual({ 'activity/trust': 5 });
    setTestStorageKey(progressKey('section/overview'), JSON.stringify({ visited: 7, done: 9 }));
    expect($edits.get()).toEqual({ 'activity/trust': 5, 'section/overview': 9 });
    expect(seen[0]).toBe('{}');
    stop();
  });
});

describe('lesson progress', () => {
  it('loads every stored shape, with and without a reading place (tests/fixtures/stored-progress-v1.json)', async () => {
    const { localStorage: saved } = JSON.parse(readFileSync('tests/fixtures/stored-progress-v1.json', 'utf8')) as { localStorage: Record<string, string> };
    for (const [key, value] of Object.entries(saved)) setTestStorageKey(key, value);
    const { $progress } = await import('../../src/stores/progress');
    const stop = $progress.listen(() => undefined);
    // A record that failed the schema would be set aside, not read.
    expect($progress.get()).toEqual({
      'section/overview': { visited: 1795132800000 },
      'activity/trust': { visited: 1795132860000, done: 1795133460000 },
      'section/kinds-of-decisions': { visited: 1795219200000, place: { heading: 'vrooms-four-ways-of-deciding', at: 1795219500000 } },
      'section/managing-risks': { visited: 1795132900000, place: { heading: '', at: 1795132950000 } },
    });
    stop();
  });
});
