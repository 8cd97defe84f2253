/**
 * The Harmon High lab's pieces were first saved under paths with slashes
 * (`scenario/harmon-high/predict/<committee>/diagnosis`, `compare/<committee>`,
 * `reveal/proposals`, `build/members`, `build/plan`); they now have stable ids (labPaths).
 * Fixtures in tests/fixtures/ hold the learner's work in every form the first version wrote it:
 * this browser's storage, an exported portfolio, a hand-in file and an LMS's suspend_data. Each
 * must load with every answer under its current id and nothing lost.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { moveAnswers, movedKey } from '../../src/lib/answer-moves';
import { lessonAnswers } from '../../src/blocks/answer-view';
import { valueFor, type SavedAnswer } from '../../src/blocks/answers';
import type { CatalogueLesson } from '../../src/lib/catalogue';
import { labBlocks, labKey, labPaths, type LabForBlocks } from '../../src/lib/committee';
import { readHandIn } from '../../src/lib/handin';
import { mergePortfolio, readPortfolio } from '../../src/lib/portfolio';
import { addHandIns } from '../../src/lib/review';
import { decodeSuspendData } from '../../src/lib/scorm/suspend-data';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const ANSWERS = 'course:v1:answers:';
const LAB = 'scenario/harmon-high';
const lab = parse(readFileSync('content/scenarios/harmon-high.yaml', 'utf8')) as LabForBlocks;
const lesson: CatalogueLesson = { key: LAB, label: 'Scenario lab', title: 'Harmon High', href: '/', blocks: labBlocks(lab), required: [] };

/** Where each answer of the first version belongs now, written from the old paths and labPaths (not from the moves). */
const current = new Map<string, string>([
  ['section/kinds-of-decisions/technical-or-adaptive', 'section/kinds-of-decisions/technical-or-adaptive-reflection'],
  [`${LAB}/reveal/proposals`, labKey('harmon-high', labPaths.revealed)],
  [`${LAB}/build/members`, labKey('harmon-high', labPaths.members)],
  [`${LAB}/build/plan`, labKey('harmon-high', labPaths.plan)],
  ...lab.committees.flatMap((c): [string, string][] => [
    [`${LAB}/predict/${c.id}/diagnosis`, labKey('harmon-high', labPaths.prediction(c.id, 'diagnosis'))],
    [`${LAB}/predict/${c.id}/proposal`, labKey('harmon-high', labPaths.prediction(c.id, 'proposal'))],
    [`${LAB}/compare/${c.id}`, labKey('harmon-high', labPaths.comparison(c.id))],
  ]),
]);
const now = (key: string) => current.get(key) ?? key;

/** Every old answer is under its current key, unchanged, and nothing else is there. */
function expectAllMoved(before: Record<string, SavedAnswer>, after: Record<string, SavedAnswer>): void {
  expect(Object.keys(before).some((k) => current.has(k))).toBe(true);
  expect(after).toEqual(Object.fromEntries(Object.entries(before).map(([k, v]) => [now(k), v])));
}

/** The lab's answers as the portfolio, Markdown export and review page show them: every one under a block of the lab, none as an unknown id. */
function expectShownByTheLab(answers: Record<string, SavedAnswer>): void {
  const labAnswers = Object.keys(answers).filter((k) => k.startsWith(`${LAB}/`));
  const ids = new Set(lesson.blocks.map((b) => b.id));
  for (const k of labAnswers) expect(ids.has(k.slice(LAB.length + 1)), k).toBe(true);
  const shown = lessonAnswers(lesson, answers);
  expect(shown).toHaveLength(labAnswers.length);
  expect(valueFor('text', answers[labKey('harmon-high', labPaths.prediction('community', 'diagnosis'))])).toBe(
    'My prediction: the community will say the problem is motivation.',
  );
  expect(valueFor('checklist', answers[labKey('harmon-high', labPaths.revealed)])).toEqual(['leadership-team', 'community']);
}

describe('the moves agree with labPaths', () => {
  it('send every old path of the real lab to the id the lab page now reads', () => {
    for (const [from, to] of current) expect(movedKey(from)?.to, from).toBe(to);
    expect(current.size).toBe(4 + 3 * lab.committees.length);
  });
});

describe('Harmon High answers saved by the first version', () => {
  it("this browser's storage: moved at load, every other key left alone", () => {
    const stored = (JSON.parse(fixture('stored-lab-v1.json')) as { localStorage: Record<string, string> }).localStorage;
    const map = new Map(Object.entries(stored));
    const store = {
      read: (k: string) => map.get(k) ?? null,
      write: (k: string, v: string) => void map.set(k, v),
      remove: (k: string) => void map.delete(k),
      keys: () => [...map.keys()],
    };
    const moved = moveAnswers(store, ANSWERS);
    const old = Object.keys(stored).flatMap((k) => (k.startsWith(ANSWERS) && current.has(k.slice(ANSWERS.length)) ? [k.slice(ANSWERS.length)] : []));
    expect(old).toHaveLength(12);
    expect(moved.sort()).toEqual(old.sort());
    expect(Object.fromEntries(map)).toEqual(
      Object.fromEntries(Object.entries(stored).map(([k, v]) => [k.startsWith(ANSWERS) ? ANSWERS + now(k.slice(ANSWERS.length)) : k, v])),
    );
    const answers = Object.fromEntries(
      [...map].filter(([k]) => k.startsWith(ANSWERS)).map(([k, v]) => [k.slice(ANSWERS.length), JSON.parse(v) as SavedAnswer]),
    );
    expectShownByTheLab(answers);
    expect(moveAnswers(store, ANSWERS)).toEqual([]);
  });

  it('an exported portfolio: read, merged and replaced under the current ids', async () => {
    const text = fixture('portfolio-lab-v1.json');
    const written = (JSON.parse(text) as { data: { answers: Record<string, SavedAnswer>; progress: object } }).data;
    const read = await readPortfolio(text);
    if (!read.ok) throw new Error(read.errors.join(' '));
    expectAllMoved(written.answers, read.file.data.answers);
    expect(read.file.data.progress).toEqual(written.progress);
    expectShownByTheLab(read.file.data.answers);

    const replaced = mergePortfolio({ answers: {}, progress: {} }, read.file.data, 'replace');
    expect(replaced.next.answers).toEqual(read.file.data.answers);
    // This browser already has the lab (moved at load) and wrote a newer plan since: the file's older plan meets it under one key.
    const planKey = labKey('harmon-high', labPaths.plan);
    const newer = { v: 'A newer plan, written after the move.', at: Date.parse('2027-01-01') };
    const merged = mergePortfolio({ answers: { [planKey]: newer }, progress: {} }, read.file.data, 'merge');
    expect(merged.conflicts).toEqual([{ key: planKey, kept: 'browser' }]);
    expect(merged.next.answers[planKey]).toEqual(newer);
    expect(Object.keys(merged.next.answers).sort()).toEqual(Object.keys(read.file.data.answers).sort());
  });

  it('a hand-in file on the review page', async () => {
    const text = fixture('handin-lab-v1.json');
    const written = (JSON.parse(text) as { data: { answers: Record<string, SavedAnswer> } }).data;
    const read = await readHandIn(text);
    if (!read.ok) throw new Error(read.errors.join(' '));
    expectAllMoved(written.answers, read.file.data.answers);
    expectShownByTheLab(read.file.data.answers);
    const { list } = addHandIns([], [{ fileName: 'handin-lab-v1.json', file: read.file }]);
    expect(list[0]?.file.data.answers).toEqual(read.file.data.answers);
  });

  it("an LMS's suspend_data", () => {
    const { suspendData } = JSON.parse(fixture('suspend-data-lab-v1.json')) as { suspendData: string };
    const written = JSON.parse(fixture('handin-lab-v1.json')) as { data: { answers: Record<string, SavedAnswer>; progress: object } };
    const decoded = decodeSuspendData(suspendData);
    if (!decoded.ok || !decoded.data) throw new Error('suspend_data did not decode');
    // The fixture holds what a hand-in of the same pathway holds.
    expectAllMoved(written.data.answers, decoded.data.answers);
    expect(decoded.data.progress).toEqual(written.data.progress);
    expectShownByTheLab(decoded.data.answers);
  });
});
