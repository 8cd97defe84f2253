/**
 * The set of hand-ins on the provider's review page: one per learner and pathway, the newest.
 * Pure, so the rules are unit-tested.
 */
import type { HandInFile } from './handin';
import { pathwayId } from './pathway';

export interface LoadedHandIn {
  /** Learner and pathway: stable across a learner's hand-ins, so reviewer notes follow the newest. */
  id: string;
  fileName: string;
  file: HandInFile;
}

/** What happened to one incoming file, for the reviewer to read. */
export type AddOutcome =
  | { kind: 'added'; fileName: string }
  | { kind: 'replaced'; fileName: string; learner: string; older: { fileName: string; exportedAt: string } }
  | { kind: 'kept-newer'; fileName: string; learner: string; newer: { fileName: string; exportedAt: string } }
  | { kind: 'duplicate'; fileName: string; learner: string };

/** Names typed by learners differ in case and spacing; the same person is the same learner. */
export function learnerKey(name: string, pathwayCode: string): string {
  return `${name.trim().replace(/\s+/g, ' ').toLowerCase()}~${pathwayId(pathwayCode)}`;
}

const time = (f: HandInFile) => {
  const t = Date.parse(f.exportedAt);
  return Number.isNaN(t) ? 0 : t;
};

/** Add files in order; a learner's newer hand-in for a pathway replaces the older one. */
export function addHandIns(current: LoadedHandIn[], incoming: { fileName: string; file: HandInFile }[]): { list: LoadedHandIn[]; outcomes: AddOutcome[] } {
  const list = [...current];
  const outcomes: AddOutcome[] = [];
  for (const { fileName, file } of incoming) {
    const id = learnerKey(file.learner.name, file.pathway.code);
    const at = list.findIndex((l) => l.id === id);
    const existing = list[at];
    if (!existing) {
      list.push({ id, fileName, file });
      outcomes.push({ kind: 'added', fileName });
    } else if (existing.file.checksum === file.checksum) {
      outcomes.push({ kind: 'duplicate', fileName, learner: file.learner.name });
    } else if (time(file) >= time(existing.file)) {
      list[at] = { id, fileName, file };
      outcomes.push({ kind: 'replaced', fileName, learner: file.learner.name, older: { fileName: existing.fileName, exportedAt: existing.file.exportedAt } });
    } else {
      outcomes.push({ kind: 'kept-newer', fileName, learner: file.learner.name, newer: { fileName: existing.fileName, exportedAt: existing.file.exportedAt } });
    }
  }
  return { list, outcomes };
}
