/**
 * A question's network in plain words, for a principal reading the picture: each sentence is
 * built from the measures (measures.ts), never written in advance. People are named through
 * `label`, so the same readings serve the named view and the anonymised one (role codes).
 * Pure; unit-tested in tests/unit/survey-network-readings.test.ts.
 */
import type { PersonResult, QuestionNetwork } from './measures';

export type ReadingKind =
  'response' | 'most-sought' | 'hidden-vs-formal' | 'formal' | 'broker' | 'isolates' | 'unsought' | 'mutual' | 'density' | 'components' | 'subgroups';

export interface Reading {
  kind: ReadingKind;
  text: string;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Small numbers in words, as a reader says them; larger ones in figures. */
export const count = (n: number) => WORDS[n] ?? String(n);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;
export const listText = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
/** At most `max` names, then "and N more". */
const someOf = (items: readonly string[], max = 5) =>
  items.length <= max ? listText(items) : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
const percent = (x: number) => `${Math.round(x * 100)}%`;
const colleagues = (n: number) => `${n} ${n === 1 ? 'colleague' : 'colleagues'}`;

export function readings(network: QuestionNetwork, label: (p: PersonResult) => string): Reading[] {
  const out: Reading[] = [];
  const people = network.people;
  const byId = new Map(people.map((p) => [p.id, p]));
  const name = (id: string) => {
    const p = byId.get(id);
    return p ? label(p) : id;
  };
  const withRole = (p: PersonResult) => (p.role ? `${label(p)} (${p.role})` : label(p));
  const n = people.length;

  if (n === 0) return [{ kind: 'response', text: 'The roster is empty: there is nobody to draw.' }];
  if (network.respondents < n) {
    out.push({
      kind: 'response',
      text: `${capital(count(network.respondents))} of the ${n} people on the roster answered. Those who did not can still be named by others, but whom they go to is missing, so read the picture as partial.`,
    });
  }
  if (network.ties.length === 0) {
    out.push({ kind: 'most-sought', text: 'Nobody has named anyone for this question yet.' });
    return out;
  }

  // Most sought: everyone sharing the highest in-degree, up to three.
  const sorted = [...people].sort((a, b) => b.inDegree - a.inDegree);
  const top = sorted[0]?.inDegree ?? 0;
  const first = sorted.filter((p) => p.inDegree === top);
  out.push({
    kind: 'most-sought',
    text:
      first.length === 1
        ? `The most sought is ${withRole(first[0] as PersonResult)}, named by ${colleagues(top)}.`
        : `The most sought are ${someOf(first.map(withRole), 3)}, each named by ${colleagues(top)}.`,
  });

  // Hidden leaders against formal leaders: who, without a position, is sought more than whom with one.
  const formal = people.filter((p) => p.formal).sort((a, b) => b.inDegree - a.inDegree);
  const hidden = network.hiddenLeaders.map((id) => byId.get(id)).filter((p): p is PersonResult => Boolean(p));
  const named = (n: number) => (n === 0 ? 'nobody' : `${n} ${n === 1 ? 'colleague' : 'colleagues'}`);
  const withCount = (p: PersonResult) => `${label(p)}${p.role ? `, ${p.role}` : ''} (named by ${named(p.inDegree)})`;
  const hiddenList = someOf(hidden.map((h) => `${label(h)} (${h.inDegree})`));
  const isAre = hidden.length === 1 ? 'is' : 'are';
  // Formal leaders every hidden leader outranks, in one sentence; else the most sought one that some outrank.
  const outranked = formal.filter((f) => hidden.length > 0 && hidden.every((h) => h.inDegree > f.inDegree));
  const some = formal.find((f) => hidden.some((h) => h.inDegree > f.inDegree));
  if (outranked.length > 0) {
    out.push({
      kind: 'hidden-vs-formal',
      text: `${capital(plural(hidden.length, 'person', 'people'))} with no formal position ${isAre} sought more than ${someOf(outranked.map(withCount), 4)}: ${hiddenList}.`,
    });
  } else if (some) {
    const above = hidden.filter((h) => h.inDegree > some.inDegree);
    out.push({
      kind: 'hidden-vs-formal',
      text: `${capital(plural(above.length, 'person', 'people'))} with no formal position ${above.length === 1 ? 'is' : 'are'} sought more than ${withCount(some)}: ${someOf(above.map((h) => `${label(h)} (${h.inDegree})`))}.`,
    });
  } else if (hidden.length > 0) {
    out.push({
      kind: 'hidden-vs-formal',
      text: `${capital(plural(hidden.length, 'person', 'people'))} with no formal position ${isAre} sought by ${network.hiddenThreshold} or more colleagues, as often as those who hold one: ${hiddenList}.`,
    });
  }

  if (formal.length > 0) {
    const most = formal[0] as PersonResult;
    const least = formal[formal.length - 1] as PersonResult;
    out.push({
      kind: 'formal',
      text:
        formal.length === 1
          ? `The one person with a formal position, ${withRole(most)}, is named by ${named(most.inDegree)}: place ${most.rank} of ${n}.`
          : `Of the ${count(formal.length)} people with a formal position, the most sought is ${label(most)}${most.role ? `, ${most.role},` : ''} named by ${named(most.inDegree)} (place ${most.rank} of ${n}), and the least ${label(least)}${least.role ? `, ${least.role},` : ''} named by ${named(least.inDegree)} (place ${least.rank}).`,
    });
  }

  // The broker: the most shortest advice paths between two others pass through them.
  const broker = [...people].sort((a, b) => b.betweenness - a.betweenness)[0];
  if (broker && broker.betweenness > 0) {
    const groups = broker.groupsReached.length;
    out.push({
      kind: 'broker',
      text: `${withRole(broker)} links colleagues who would not otherwise reach each other: more of the shortest advice paths between two others pass through ${label(broker)} than through anyone else (${percent(broker.brokerage)} of all such paths)${groups > 0 ? `, and ${label(broker)}'s ties reach ${plural(groups, 'group', 'groups')} besides their own (${someOf(broker.groupsReached, 4)})` : ''}${broker.formal ? '' : ', without a formal position'}.`,
    });
  }

  if (network.isolates.length > 0) {
    const silent = network.isolates.filter((id) => !byId.get(id)?.answered).length;
    out.push({
      kind: 'isolates',
      text: `${capital(plural(network.isolates.length, 'person is', 'people are'))} tied to nobody on this question (they named nobody and nobody named them): ${someOf(network.isolates.map(name))}.${silent > 0 ? ` ${capital(count(silent))} of them did not answer.` : ''}`,
    });
  } else {
    out.push({ kind: 'isolates', text: 'Everyone on the roster has at least one tie on this question.' });
  }

  const unsought = people.filter((p) => p.inDegree === 0 && !p.isolate && p.answered);
  if (unsought.length > 0) {
    out.push({
      kind: 'unsought',
      text: `${capital(plural(unsought.length, 'person answers', 'people answer'))} but ${unsought.length === 1 ? 'is' : 'are'} named by nobody: ${someOf(unsought.map(label))}.`,
    });
  }

  const pairs = network.mutualPairs.length;
  out.push({
    kind: 'mutual',
    text:
      pairs === 0
        ? 'No two people name each other: every tie goes one way.'
        : `${capital(plural(pairs, 'pair names', 'pairs name'))} each other (${someOf(
            network.mutualPairs.map(([a, b]) => `${name(a)} and ${name(b)}`),
            3,
          )}): ${percent((2 * pairs) / network.ties.length)} of the ties are returned.`,
  });

  const possible = n * (n - 1);
  const namers = network.respondents || people.filter((p) => p.outDegree > 0).length;
  out.push({
    kind: 'density',
    text: `${network.ties.length} of the ${possible} possible ties are present (density ${network.density.toFixed(3)}); each person who answered names ${(network.ties.length / Math.max(1, namers)).toFixed(1)} colleagues on average.`,
  });

  const parts = network.components.filter((c) => c.length > 1);
  out.push({
    kind: 'components',
    text:
      parts.length <= 1
        ? `Everyone with a tie is in one connected network${network.isolates.length ? ', apart from those tied to nobody' : ''}.`
        : `The network falls into ${count(parts.length)} parts that no tie joins, of ${listText(parts.map((c) => String(c.length)))} people${network.isolates.length ? `, besides the ${network.isolates.length} tied to nobody` : ''}.`,
  });

  const subgroups = network.communities.filter((c) => c.length > 2);
  if (subgroups.length > 1) {
    const described = subgroups.slice(0, 5).map((members, i) => {
      const tally = new Map<string, number>();
      for (const id of members) {
        const g = byId.get(id)?.group || 'no group';
        tally.set(g, (tally.get(g) ?? 0) + 1);
      }
      const [group, most] = [...tally].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
      return most * 2 > members.length
        ? `subgroup ${i + 1} (${members.length} people) is mostly ${group} (${most} of ${members.length})`
        : `subgroup ${i + 1} (${members.length} people) mixes ${tally.size} groups`;
    });
    out.push({
      kind: 'subgroups',
      text: `The ties form ${count(subgroups.length)} subgroups of three or more, people who go to each other more than to the rest (Louvain, modularity ${network.modularity.toFixed(2)}): ${listText(described)}${subgroups.length > 5 ? '; and more' : ''}.`,
    });
  } else {
    out.push({ kind: 'subgroups', text: 'The ties do not split into separate subgroups: the advice network holds together as one.' });
  }

  return out;
}
