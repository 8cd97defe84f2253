/**
 * A simple model of Sashkin and Morris's decision time line: how long until a decision is
 * being carried out by everyone who must carry it out, when a leader decides alone and when a
 * group decides together. The assumptions are ours and are spelt out on the page; the model is
 * a thinking aid, not a forecast. Pure; unit-tested in tests/unit/decision-timeline.test.ts.
 *
 * Leader alone:  decide (D), then explain it (e) and win commitment (c) person by person:
 *                total = D + n (e + c)
 * Group:         decide together: D plus a fixed cost of convening the group (S) plus
 *                discussion that grows with its size (g per person); afterwards only a share
 *                (f) of the explaining and persuading is still needed:
 *                total = D + S + n g + f n (e + c)
 */

export interface TimelineInputs {
  /** People who must commit to the decision for it to be carried out. */
  people: number;
  /** Hours to explain the decision to one person. */
  explain: number;
  /** Hours to win one person's commitment once they understand it. */
  commit: number;
  /** Hours the leader needs to decide alone. */
  leaderDecide: number;
  /** Fixed hours the group route adds: convening, gathering facts together. */
  groupSetup: number;
  /** Extra hours of group discussion for each person involved. */
  groupPerPerson: number;
  /** Share (0 to 1) of the explaining and persuading still needed after a group decision. */
  followUp: number;
}

export type InputId = keyof TimelineInputs;

export interface InputSpec {
  id: InputId;
  min: number;
  max: number;
  step: number;
}

/** Bounds of every input; values outside are brought back inside. */
export const inputSpecs: Record<InputId, InputSpec> = {
  people: { id: 'people', min: 1, max: 60, step: 1 },
  explain: { id: 'explain', min: 0, max: 10, step: 0.5 },
  commit: { id: 'commit', min: 0, max: 10, step: 0.5 },
  leaderDecide: { id: 'leaderDecide', min: 0, max: 40, step: 0.5 },
  groupSetup: { id: 'groupSetup', min: 0, max: 80, step: 1 },
  groupPerPerson: { id: 'groupPerPerson', min: 0, max: 5, step: 0.25 },
  followUp: { id: 'followUp', min: 0, max: 1, step: 0.05 },
};

export const inputIds = Object.keys(inputSpecs) as InputId[];

/** Bring a value into its input's range and onto its step; non-numbers become the fallback. */
export function clampInput(id: InputId, value: unknown, fallback: number): number {
  const spec = inputSpecs[id];
  const n = typeof value === 'number' && Number.isFinite(value) ? value : fallback;
  const stepped = Math.round(n / spec.step) * spec.step;
  return Math.min(spec.max, Math.max(spec.min, Number(stepped.toFixed(4))));
}

/** The learner's saved values over the content's defaults, each clamped. */
export function resolveInputs(defaults: TimelineInputs, saved: Readonly<Record<string, number>> | undefined): TimelineInputs {
  const out = { ...defaults };
  for (const id of inputIds) out[id] = clampInput(id, saved?.[id], defaults[id]);
  return out;
}

export interface Route {
  decide: number;
  implement: number;
  total: number;
}

export function individualRoute(i: TimelineInputs, people = i.people): Route {
  const decide = i.leaderDecide;
  const implement = people * (i.explain + i.commit);
  return { decide, implement, total: decide + implement };
}

export function groupRoute(i: TimelineInputs, people = i.people): Route {
  const decide = i.leaderDecide + i.groupSetup + people * i.groupPerPerson;
  const implement = i.followUp * people * (i.explain + i.commit);
  return { decide, implement, total: decide + implement };
}

/**
 * The number of people at which both routes take the same time, or undefined when the group
 * route never catches up (each extra person costs the group at least as much as the leader).
 * With no fixed group cost the crossing is at 0: the group is never slower.
 */
export function crossing(i: TimelineInputs): number | undefined {
  const saving = (1 - i.followUp) * (i.explain + i.commit) - i.groupPerPerson;
  if (saving <= 0) return i.groupSetup <= 0 && saving === 0 ? 0 : undefined;
  return i.groupSetup / saving;
}

/** Both totals for every whole number of people from 1 to `maxPeople`. */
export function series(i: TimelineInputs, maxPeople = inputSpecs.people.max): { people: number; individual: number; group: number }[] {
  return Array.from({ length: Math.max(1, Math.floor(maxPeople)) }, (_, k) => {
    const n = k + 1;
    return { people: n, individual: individualRoute(i, n).total, group: groupRoute(i, n).total };
  });
}

/** Round axis steps (1, 2, 5 times a power of ten) from 0 up to at least `max`. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let t = 0; t < max + step * 0.999; t += step) ticks.push(Number(t.toFixed(6)));
  return ticks;
}

const hours = (h: number) => {
  const r = Math.round(h * 10) / 10;
  return `${r} ${r === 1 ? 'hour' : 'hours'}`;
};

/** The result in words, for the live region, screen readers and print. */
export function describeTimeline(i: TimelineInputs): string {
  const solo = individualRoute(i);
  const group = groupRoute(i);
  const who = `${i.people} ${i.people === 1 ? 'person' : 'people'}`;
  const faster =
    solo.total < group.total
      ? 'the leader deciding alone is faster'
      : solo.total > group.total
        ? 'deciding as a group is faster'
        : 'both routes take the same time';
  let text =
    `With ${who} who must commit, a decision made alone is being carried out after about ${hours(solo.total)} ` +
    `(${hours(solo.decide)} deciding, ${hours(solo.implement)} explaining and winning commitment); ` +
    `a group decision after about ${hours(group.total)} (${hours(group.decide)} deciding together, ${hours(group.implement)} following up). ` +
    `Here ${faster}.`;
  const x = crossing(i);
  if (x === undefined) text += ' With these settings the lines never cross: each extra person costs the group as much time as it saves.';
  else if (x <= 1) text += ' The lines cross below one person: deciding together is never slower here.';
  else if (x > inputSpecs.people.max) text += ` The lines would cross at about ${Math.round(x)} people, beyond this chart.`;
  else text += ` The lines cross at about ${Math.round(x * 10) / 10} people: with more than that, deciding together gets the decision carried out sooner.`;
  return text;
}
