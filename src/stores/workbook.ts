/**
 * Whole-workbook actions: snapshot, export, import (with an automatic backup first), restore,
 * and reset with undo. Components call these plain functions; the stores stay the source of
 * truth.
 */
import { atom } from 'nanostores';
import * as z from 'zod/mini';
import {
  mergePortfolio,
  portfolioData,
  withCurrentIds,
  type MergeReport,
  type PortfolioData,
  type PortfolioFile,
  type SetAsideEntry,
  type SurveyData,
} from '../lib/portfolio';
import { $surveyMeta, $surveyResponses, $surveys } from './survey';
import { $answers, flushAnswers } from './answers';
import { persistedMap } from './persisted';
import { quarantine } from './quarantine';
import { ANSWERS_PREFIX, META_PREFIX, PROGRESS_PREFIX } from './keys';
import { $progress } from './progress';
import { courseKey, readRaw, removeRaw, writeRaw } from './storage';

/** Last export time and similar book-keeping, epoch ms. */
export const $meta = persistedMap<number>(META_PREFIX, z.int().check(z.nonnegative()));

export const BACKUP_KEY = 'course:v1:backup';
const backupRecord = z.strictObject({ at: z.int(), reason: z.string(), data: portfolioData });
export type Backup = { at: number; reason: string; data: PortfolioData };

/** The backup as stored now (another tab may have replaced it). One that cannot be read is set aside, never dropped. */
function loadBackup(): Backup | undefined {
  const raw = readRaw(BACKUP_KEY);
  if (!raw) return undefined;
  try {
    const parsed = backupRecord.safeParse(JSON.parse(raw));
    // A backup made before a block was renamed restores its answer under the new id.
    if (parsed.success) return withCurrentIds(parsed.data as Backup);
  } catch {
    // unreadable: set aside below
  }
  quarantine(BACKUP_KEY, raw, 'the automatic backup did not match the expected format');
  removeRaw(BACKUP_KEY);
  return undefined;
}

export const $backup = atom<Backup | undefined>(typeof window === 'undefined' ? undefined : loadBackup());

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === null || courseKey(event.key) === BACKUP_KEY) $backup.set(loadBackup());
  });
}

/** Everything saved right now, including answers still waiting for the debounce. */
export function snapshot(): PortfolioData {
  flushAnswers();
  const answers = Object.fromEntries(Object.entries($answers.get()).filter((e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== undefined));
  const progress = Object.fromEntries(Object.entries($progress.get()).filter((e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== undefined));
  const data: PortfolioData = { answers, progress };
  const surveys = surveySnapshot();
  if (surveys) data.surveys = surveys;
  return data;
}

/** The staff surveys (with their keys) and their answers, when there are any. */
function surveySnapshot(): SurveyData | undefined {
  const surveys = Object.fromEntries(Object.entries($surveys.get()).filter((e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== undefined));
  const responses = Object.fromEntries(Object.entries($surveyResponses.get()).filter((e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== undefined));
  return Object.keys(surveys).length || Object.keys(responses).length ? { surveys, responses } : undefined;
}

function saveBackup(reason: string): void {
  const backup: Backup = { at: Date.now(), reason, data: snapshot() };
  writeRaw(BACKUP_KEY, JSON.stringify(backup));
  $backup.set(backup);
}

/** Write a whole state: every key in `next`, and remove keys that are not in it. */
function writeState(next: PortfolioData): void {
  const current = snapshot();
  for (const k of Object.keys(current.answers)) if (!(k in next.answers)) $answers.setKey(k, undefined);
  for (const k of Object.keys(current.progress)) if (!(k in next.progress)) $progress.setKey(k, undefined);
  for (const [k, v] of Object.entries(next.answers)) $answers.setKey(k, v);
  for (const [k, v] of Object.entries(next.progress)) $progress.setKey(k, v);
  // Surveys are only ever added or updated here: a survey's private key is never removed by an import or a restore.
  for (const [k, v] of Object.entries(next.surveys?.surveys ?? {})) $surveys.setKey(k, v);
  for (const [k, v] of Object.entries(next.surveys?.responses ?? {})) $surveyResponses.setKey(k, v);
  if (next.surveys && !$surveyMeta.get()['current']) {
    const newest = Object.values(next.surveys.surveys).sort((a, b) => b.createdAt - a.createdAt)[0];
    if (newest) $surveyMeta.setKey('current', newest.id);
  }
}

export function markExported(): void {
  $meta.setKey('lastExport', Date.now());
}

/**
 * Apply an imported file, after backing up the current state. What the import screened out
 * (`screenImport`) goes to the set-aside list with its reason: shown on the workbook, never lost.
 */
export function applyImport(file: PortfolioFile, mode: 'merge' | 'replace', setAside: SetAsideEntry[] = []): MergeReport {
  for (const e of setAside)
    quarantine(`${e.kind === 'answer' ? ANSWERS_PREFIX : PROGRESS_PREFIX}${e.key}`, JSON.stringify(e.value), `Imported, then set aside: ${e.reason}.`);
  const report = mergePortfolio(snapshot(), file.data, mode);
  saveBackup(mode === 'replace' ? 'before replacing with an imported file' : 'before merging an imported file');
  writeState(report.next);
  return report;
}

/** Put back the state saved before the last import or reset. The current state becomes the backup, so this can be undone too. */
export function restoreBackup(): boolean {
  // Read it again: another tab may have made a newer backup since this page loaded.
  const backup = loadBackup() ?? $backup.get();
  if (!backup) return false;
  saveBackup('before restoring the previous backup');
  writeState(backup.data);
  return true;
}

/** Remove the answers and progress of the given lessons (`kind/id`), or of everything. Returns what was removed, for undo. */
export function resetLessons(lessonKeys: string[] | 'all'): PortfolioData {
  const current = snapshot();
  const hit = (k: string) => lessonKeys === 'all' || lessonKeys.some((l) => k === l || k.startsWith(`${l}/`));
  const removed: PortfolioData = { answers: {}, progress: {} };
  for (const [k, v] of Object.entries(current.answers)) if (hit(k)) removed.answers[k] = v;
  for (const [k, v] of Object.entries(current.progress)) if (hit(k)) removed.progress[k] = v;
  saveBackup(lessonKeys === 'all' ? 'before resetting everything' : 'before a reset');
  for (const k of Object.keys(removed.answers)) $answers.setKey(k, undefined);
  for (const k of Object.keys(removed.progress)) $progress.setKey(k, undefined);
  return removed;
}

export function undoReset(removed: PortfolioData): void {
  for (const [k, v] of Object.entries(removed.answers)) $answers.setKey(k, v);
  for (const [k, v] of Object.entries(removed.progress)) $progress.setKey(k, v);
}

export function clearBackup(): void {
  removeRaw(BACKUP_KEY);
  $backup.set(undefined);
}
