/**
 * The set of hand-ins on the provider's review page: one shown per learner and pathway. When
 * two files claim the same learner, both are kept and the reviewer sees them and chooses which
 * one counts: the later one is shown until then, and the page says so. No file replaces
 * another silently: a name is typed by the learner and a date is the file's own claim.
 * Pure, so the rules are unit-tested.
 */
import type { HandInFile } from './handin';
import { pathwayId } from './pathway';

export interface HandInEntry {
  fileName: string;
  file: HandInFile;
}

export interface LoadedHandIn extends HandInEntry {
  /** Learner and pathway: stable across a learner's hand-ins, so reviewer notes follow the learner. */
  id: string;
  /** Other files that claim the same learner and pathway, for the reviewer to choose among. */
  others?: HandInEntry[];
}

/** What happened to one incoming file, for the reviewer to read. */
export type AddOutcome =
  | { kind: 'added'; fileName: string }
  | { kind: 'same-learner'; fileName: string; learner: string; shown: string; files: string[] }
  | { kind: 'duplicate'; fileName: string; learner: string };

/** Names typed by learners differ in case and spacing; the same person is the same learner. */
export function learnerKey(name: string, pathwayCode: string): string {
  return `${name.trim().replace(/\s+/g, ' ').toLowerCase()}~${pathwayId(pathwayCode)}`;
}

const time = (f: HandInFile) => {
  const t = Date.parse(f.exportedAt);
  return Number.isNaN(t) ? 0 : t;
};

/** Add files in order; a second file for a learner is kept beside the first, the later one shown. */
export function addHandIns(current: LoadedHandIn[], incoming: HandInEntry[]): { list: LoadedHandIn[]; outcomes: AddOutcome[] } {
  const list = [...current];
  const outcomes: AddOutcome[] = [];
  for (const entry of incoming) {
    const { fileName, file } = entry;
    const id = learnerKey(file.learner.name, file.pathway.code);
    const at = list.findIndex((l) => l.id === id);
    const existing = list[at];
    if (!existing) {
      list.push({ id, fileName, file });
      outcomes.push({ kind: 'added', fileName });
      continue;
    }
    const all: HandInEntry[] = [{ fileName: existing.fileName, file: existing.file }, ...(existing.others ?? [])];
    if (all.some((e) => e.file.checksum === file.checksum)) {
      outcomes.push({ kind: 'duplicate', fileName, learner: file.learner.name });
      continue;
    }
    all.push(entry);
    const shown = all.reduce((a, b) => (time(b.file) > time(a.file) ? b : a));
    list[at] = { id, ...shown, others: all.filter((e) => e !== shown) };
    outcomes.push({ kind: 'same-learner', fileName, learner: file.learner.name, shown: shown.fileName, files: all.map((e) => e.fileName) });
  }
  return { list, outcomes };
}

/** The reviewer's choice: which of a learner's files counts. */
export function chooseHandIn(list: LoadedHandIn[], id: string, fileName: string): LoadedHandIn[] {
  return list.map((l) => {
    if (l.id !== id || l.fileName === fileName) return l;
    const all: HandInEntry[] = [{ fileName: l.fileName, file: l.file }, ...(l.others ?? [])];
    const chosen = all.find((e) => e.fileName === fileName);
    return chosen ? { id, ...chosen, others: all.filter((e) => e !== chosen) } : l;
  });
}

/** Drop one of a learner's other files (the reviewer decided it does not count). */
export function dropOther(list: LoadedHandIn[], id: string, fileName: string): LoadedHandIn[] {
  return list.map((l) => {
    if (l.id !== id || !l.others) return l;
    const others = l.others.filter((e) => e.fileName !== fileName);
    const { others: _, ...rest } = l;
    return others.length ? { ...l, others } : rest;
  });
}
