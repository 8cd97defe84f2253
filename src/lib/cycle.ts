/**
 * The improvement cycle planner: who takes part in each phase (diagnosis, design and
 * enactment, after-action review) of work on one problem, and the warnings a plan deserves,
 * above all when the same small group runs every phase. Pure; unit-tested in
 * tests/unit/cycle.test.ts.
 */
import { personKey } from './network';

export interface Participant {
  id: string;
  /** A person or a group ("Grade 9 mathematics teachers"). */
  name: string;
  /** Ids of the phases they take part in. */
  stages: readonly string[];
}

export interface Stage {
  id: string;
  label: string;
}

export type CycleWarning =
  | { kind: 'same-small-group'; names: string[] }
  | { kind: 'same-group'; names: string[] }
  | { kind: 'small-circle'; names: string[] }
  | { kind: 'empty-stage'; stage: Stage };

/** Participants with a name, merged when two rows name the same person or group. */
export function namedParticipants(participants: readonly Participant[]): Participant[] {
  const byKey = new Map<string, Participant>();
  for (const p of participants) {
    const key = personKey(p.name);
    if (!key) continue;
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, stages: [...new Set([...seen.stages, ...p.stages])] } : { ...p, name: p.name.trim(), stages: [...new Set(p.stages)] });
  }
  return [...byKey.values()];
}

/** Names of those taking part in one phase. */
export function inStage(participants: readonly Participant[], stageId: string): string[] {
  return namedParticipants(participants)
    .filter((p) => p.stages.includes(stageId))
    .map((p) => p.name);
}

/**
 * What to warn about. `smallGroup` is the largest number of people or groups that still counts
 * as a small circle.
 * - same-small-group: every phase has exactly the same people, and there are few of them;
 * - same-group: every phase has exactly the same people, more than a few;
 * - small-circle: the phases differ, but the whole cycle draws on only a few people;
 * - empty-stage: a phase nobody takes part in (reported once the plan has any participant).
 */
export function cycleWarnings(stages: readonly Stage[], participants: readonly Participant[], smallGroup = 4): CycleWarning[] {
  const people = namedParticipants(participants);
  const active = people.filter((p) => stages.some((s) => p.stages.includes(s.id)));
  if (active.length === 0 || stages.length === 0) return [];
  const warnings: CycleWarning[] = [];
  const sets = stages.map((s) => active.filter((p) => p.stages.includes(s.id)).map((p) => personKey(p.name)));
  for (const [i, s] of stages.entries()) if ((sets[i] ?? []).length === 0) warnings.push({ kind: 'empty-stage', stage: s });
  const first = new Set(sets[0] ?? []);
  const same = first.size > 0 && sets.every((set) => set.length === first.size && set.every((k) => first.has(k)));
  const names = active.map((p) => p.name);
  if (same) warnings.unshift(first.size <= smallGroup ? { kind: 'same-small-group', names } : { kind: 'same-group', names });
  else if (active.length <= smallGroup) warnings.unshift({ kind: 'small-circle', names });
  return warnings;
}

const list = (names: readonly string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

/** A warning in words, in the course's voice. */
export function warningText(w: CycleWarning): string {
  switch (w.kind) {
    case 'same-small-group':
      return `The same small group (${list(w.names)}) takes part in every phase. Nobody new looks at the cause, nobody who must carry out the plan helps design it, and the review hears only the people who made the plan. Who sees this problem from somewhere else?`;
    case 'same-group':
      return `The same people (${list(w.names)}) take part in every phase. That keeps continuity, but a review by only the plan's authors may miss what went wrong. Consider adding someone who was not involved.`;
    case 'small-circle':
      return `Only ${w.names.length} ${w.names.length === 1 ? 'person or group takes' : 'people or groups take'} part in the whole cycle (${list(w.names)}). A hard problem needs more vantage points, especially in diagnosis.`;
    case 'empty-stage':
      return `Nobody takes part in ${w.stage.label.toLowerCase()} yet.`;
  }
}
