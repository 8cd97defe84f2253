/**
 * The advice network of Activity 2, built from the learner's topic grids: each grid row is a
 * role the learner imagines being ("the principal"), each filled cell names a person that role
 * would ask for advice. People become nodes, "role asks person" becomes a tie, and a person
 * named several times is one node, however the name was typed.
 * Pure: no DOM, no layout (see network-layout.ts); unit-tested in tests/unit/network.test.ts.
 */

export interface GridAnswerLike {
  cells: Readonly<Record<string, Readonly<Record<string, string>>>>;
  added?: readonly { id: string; label: string }[];
}

/** One topic grid and the learner's answer to it. */
export interface AdviceSource {
  /** Block id of the grid; also the topic's id in filters. */
  id: string;
  /** Short name of the topic, e.g. "Mathematics instruction". */
  topic: string;
  rows: readonly { id: string; label: string }[];
  columns: readonly { id: string; label: string }[];
  value: GridAnswerLike | undefined;
}

export interface PersonEntry {
  /** The name as typed, tidied (trimmed, single spaces). */
  name: string;
  /** The title or role after the first comma, or in brackets after the name; '' if none. */
  title: string;
  /** Matching key: case, spaces and full stops do not matter. */
  key: string;
}

export interface PersonNode {
  id: string;
  key: string;
  /** The first spelling the learner used. */
  name: string;
  /** Distinct titles written next to the name, in the order first met. */
  titles: string[];
  /** How many times the person is named in the selected topics. */
  count: number;
  /** Topic ids (grid block ids) the person is named in. */
  topics: string[];
  /** Role node ids of the roles that would ask this person. */
  askedBy: string[];
}

export interface RoleNode {
  id: string;
  rowId: string;
  label: string;
  /** How many names this role gave in the selected topics. */
  asks: number;
}

export interface Tie {
  id: string;
  /** Role node id: who seeks advice. */
  source: string;
  /** Person node id: whom they ask. */
  target: string;
  /** How many times this role names this person across the selected topics. */
  weight: number;
  topics: string[];
}

export interface AdviceGraph {
  roles: RoleNode[];
  /** Most named first, then by name. */
  people: PersonNode[];
  ties: Tie[];
}

/** Drawing area of the map, in SVG user units (the layout lives in network-layout.ts). */
export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 420;
/** Half the side of a role's square. */
export const ROLE_HALF = 9;

/** Radius of a person's circle: area grows with how often they are named. */
export function personRadius(count: number): number {
  return 7 + 5 * Math.sqrt(Math.max(0, count));
}

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  r: number;
}

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The key two spellings of one person share: "Ms. Ruiz" and "ms  ruiz" match. */
export function personKey(name: string): string {
  return tidy(name.normalize('NFKC').toLowerCase().replace(/\./g, ' '));
}

/**
 * Read one entry such as "Ms. Ruiz, coach" or "Mr Lee (assistant principal)": the name is
 * what comes before the first comma (or bracket), the title what follows. Undefined when there
 * is no name.
 */
export function parseEntry(text: string): PersonEntry | undefined {
  const t = tidy(text);
  if (!t) return undefined;
  let name = t;
  let title = '';
  const comma = t.indexOf(',');
  const bracket = t.search(/[([]/);
  if (comma >= 0 && (bracket < 0 || comma < bracket)) {
    name = t.slice(0, comma);
    title = t.slice(comma + 1);
  } else if (bracket > 0) {
    name = t.slice(0, bracket);
    title = t.slice(bracket + 1).replace(/[)\]]\s*$/, '');
  }
  name = tidy(name);
  title = tidy(title);
  const key = personKey(name);
  return key ? { name, title, key } : undefined;
}

/** A cell may name more than one person, one per line or separated by semicolons. */
export function parseCell(text: string): PersonEntry[] {
  return text
    .split(/[\n;]+/)
    .map(parseEntry)
    .filter((e): e is PersonEntry => e !== undefined);
}

export const roleNodeId = (rowId: string) => `role:${rowId}`;
export const personNodeId = (key: string) => `person:${key}`;

/**
 * Build the network from the grids. `topics` limits it to some grids (by id); omitted, every
 * grid counts. A person named in none of the selected topics is left out.
 */
export function buildAdviceGraph(sources: readonly AdviceSource[], topics?: ReadonlySet<string> | readonly string[]): AdviceGraph {
  const only = topics === undefined ? undefined : new Set(topics);
  const roles = new Map<string, RoleNode>();
  const people = new Map<string, PersonNode>();
  const ties = new Map<string, Tie>();
  const addUnique = (list: string[], item: string) => {
    if (!list.includes(item)) list.push(item);
  };

  for (const source of sources) {
    if (only && !only.has(source.id)) continue;
    const value = source.value;
    if (!value) continue;
    const rows = [...source.rows, ...(value.added ?? [])];
    for (const row of rows) {
      const cells = value.cells[row.id];
      if (!cells) continue;
      for (const col of source.columns) {
        for (const entry of parseCell(cells[col.id] ?? '')) {
          const roleId = roleNodeId(row.id);
          let role = roles.get(roleId);
          if (!role) {
            role = { id: roleId, rowId: row.id, label: tidy(row.label) || 'A role you added', asks: 0 };
            roles.set(roleId, role);
          }
          role.asks += 1;

          const id = personNodeId(entry.key);
          let person = people.get(id);
          if (!person) {
            person = { id, key: entry.key, name: entry.name, titles: [], count: 0, topics: [], askedBy: [] };
            people.set(id, person);
          }
          person.count += 1;
          if (entry.title && !person.titles.some((t) => t.toLowerCase() === entry.title.toLowerCase())) person.titles.push(entry.title);
          addUnique(person.topics, source.id);
          addUnique(person.askedBy, roleId);

          const tieId = `${roleId}->${id}`;
          let tie = ties.get(tieId);
          if (!tie) {
            tie = { id: tieId, source: roleId, target: id, weight: 0, topics: [] };
            ties.set(tieId, tie);
          }
          tie.weight += 1;
          addUnique(tie.topics, source.id);
        }
      }
    }
  }

  const sortedPeople = [...people.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { roles: [...roles.values()], people: sortedPeople, ties: [...ties.values()] };
}

/** The most sought people: everyone named at least as often as the `n`th most named. */
export function mostSought(graph: AdviceGraph, n = 3): PersonNode[] {
  const cut = graph.people[Math.min(n, graph.people.length) - 1]?.count;
  return cut === undefined ? [] : graph.people.filter((p) => p.count >= cut);
}

/** One sentence on the network, for screen readers and print. */
export function describeGraph(graph: AdviceGraph, topicNames: readonly string[]): string {
  if (graph.people.length === 0) return 'No one is on the map yet: names you write in the advice grids appear here.';
  const top = mostSought(graph, 1);
  const named = (p: PersonNode) => `${p.name} (${p.count} ${p.count === 1 ? 'time' : 'times'})`;
  const names = topicNames.map((t) => (t ? t.charAt(0).toLowerCase() + t.slice(1) : t));
  const topicText = names.length === 0 ? '' : ` for ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`}`;
  const people = `${graph.people.length} ${graph.people.length === 1 ? 'person' : 'people'}`;
  const ties = `${graph.ties.length} advice ${graph.ties.length === 1 ? 'tie' : 'ties'}`;
  const lead = top.length === 1 ? `${named(top[0]!)} is the most sought` : `${top.map(named).join(' and ')} are the most sought`;
  return `The map${topicText} shows ${people} and ${ties}. ${lead}.`;
}
