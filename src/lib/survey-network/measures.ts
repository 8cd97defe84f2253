/**
 * The staff advice survey as networks, one per question (issue 29): who is most sought
 * (in-degree), who connects groups (betweenness), who is tied to nobody, mutual ties, density,
 * weakly connected parts, subgroups (Louvain), and the "hidden leaders": sought often, with no
 * formal position. Every figure comes from graphology and its kept standard library; this
 * module only builds the graphs and reads the numbers back. The plain-language readings are in
 * readings.ts. Pure: unit-tested against published networks in
 * tests/unit/survey-network-measures.test.ts.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { density as graphDensity } from 'graphology-metrics/graph/density';
import { seededRandom } from '../seeded-random';
import type { SurveyPerson, SurveyQuestion, SurveyResults, SurveyTie } from '../survey/model';

/** What the measures read from any graph (directed or not): the part tested on published data. */
export interface GraphMeasures {
  /** Ties pointing at each node (for an undirected graph, its degree). */
  inDegree: Map<string, number>;
  /** Ties leaving each node (for an undirected graph, its degree). */
  outDegree: Map<string, number>;
  /** Shortest paths between two others that pass through each node, unnormalised. */
  betweenness: Map<string, number>;
  /** Ties present over ties possible. */
  density: number;
  /** Parts joined by ties in either direction (weak components), largest first. */
  components: string[][];
  /** Louvain subgroups, largest first; nodes tied to nobody are left out. */
  communities: string[][];
  modularity: number;
  /** Pairs that name each other (directed graphs only), each pair once. */
  mutualPairs: [string, string][];
  /** Nodes with no tie at all. */
  isolates: string[];
}

/** A fixed seed, so the same answers always give the same subgroups (Louvain visits nodes at random). */
const LOUVAIN_SEED = 29;

const bySizeThenFirst = (a: string[], b: string[]) => b.length - a.length;

/** Measures of a graphology graph; edge weights (attribute `weight`) count only for subgroups. */
export function measureGraph(graph: Graph): GraphMeasures {
  const inDegree = new Map<string, number>();
  const outDegree = new Map<string, number>();
  const isolates: string[] = [];
  const directed = graph.type === 'directed';
  graph.forEachNode((node) => {
    inDegree.set(node, directed ? graph.inDegree(node) : graph.degree(node));
    outDegree.set(node, directed ? graph.outDegree(node) : graph.degree(node));
    if (graph.degree(node) === 0) isolates.push(node);
  });

  // The library's index refuses an empty graph, which has no paths to count anyway.
  const betweenness = new Map(graph.order > 0 ? Object.entries(betweennessCentrality(graph, { getEdgeWeight: null, normalized: false })) : []);

  const mutualPairs: [string, string][] = [];
  if (directed) {
    graph.forEachEdge((_edge, _attrs, source, target) => {
      if (source < target && graph.hasDirectedEdge(target, source)) mutualPairs.push([source, target]);
    });
  }

  const components = connectedComponents(graph).sort(bySizeThenFirst);

  let communities: string[][] = [];
  let modularity = 0;
  if (graph.size > 0) {
    const found = louvain.detailed(graph, { rng: seededRandom(LOUVAIN_SEED), getEdgeWeight: 'weight' });
    const groups = new Map<number, string[]>();
    graph.forEachNode((node) => {
      if (graph.degree(node) === 0) return;
      const c = found.communities[node] ?? -1;
      const members = groups.get(c);
      if (members) members.push(node);
      else groups.set(c, [node]);
    });
    communities = [...groups.values()].sort(bySizeThenFirst);
    modularity = found.modularity;
  }

  return { inDegree, outDegree, betweenness, density: graph.order > 1 ? graphDensity(graph) : 0, components, communities, modularity, mutualPairs, isolates };
}

/** One person in one question's network. */
export interface PersonResult extends SurveyPerson {
  /** Their answers were collected. */
  answered: boolean;
  /** Ids of the colleagues who name them, roster order. */
  soughtBy: string[];
  /** Ids of the colleagues they name, roster order. */
  seeks: string[];
  /** How many colleagues name them. */
  inDegree: number;
  outDegree: number;
  /** Unnormalised betweenness over directed advice paths. */
  betweenness: number;
  /** Betweenness as a share of the most a person could have, (n-1)(n-2): 0 to 1. */
  brokerage: number;
  /** Colleagues they name who name them back. */
  mutual: string[];
  /** Groups (departments, grades) other than their own among the colleagues they are tied to. */
  groupsReached: string[];
  isolate: boolean;
  /** Place by in-degree: 1 for the most sought (ties share a place). */
  rank: number;
  /** Index into `communities`, or -1 when tied to nobody. */
  community: number;
  hiddenLeader: boolean;
}

export interface QuestionNetwork {
  question: SurveyQuestion;
  /** Roster order. */
  people: PersonResult[];
  /** The question's ties between people on the roster, one per ordered pair (the most frequent kept). */
  ties: SurveyTie[];
  respondents: number;
  density: number;
  components: string[][];
  communities: string[][];
  modularity: number;
  mutualPairs: [string, string][];
  isolates: string[];
  /** People with no formal position sought by at least `hiddenThreshold` colleagues, most sought first. */
  hiddenLeaders: string[];
  hiddenThreshold: number;
}

/**
 * Hidden leaders are sought clearly more than is usual in this school: by at least the mean
 * in-degree plus one standard deviation, and by two colleagues at the least. Relative, so it
 * works for a 12-person team and a 150-person school alike.
 */
export function hiddenLeaderThreshold(inDegrees: readonly number[]): number {
  if (inDegrees.length === 0) return 2;
  const mean = inDegrees.reduce((a, b) => a + b, 0) / inDegrees.length;
  const sd = Math.sqrt(inDegrees.reduce((a, b) => a + (b - mean) ** 2, 0) / inDegrees.length);
  return Math.max(2, Math.ceil(mean + sd - 1e-9));
}

/** The ties of one question that the network can use, one per ordered pair. */
export function questionTies(results: SurveyResults, questionId: string): SurveyTie[] {
  const known = new Set(results.people.map((p) => p.id));
  const byPair = new Map<string, SurveyTie>();
  for (const t of results.ties) {
    if (t.question !== questionId || t.from === t.to || !known.has(t.from) || !known.has(t.to)) continue;
    const key = `${t.from}\u0000${t.to}`;
    const had = byPair.get(key);
    if (!had || t.frequency > had.frequency) byPair.set(key, t);
  }
  return [...byPair.values()];
}

/** The directed graph of one question: a node per person on the roster, a tie per "goes to". */
export function questionGraph(results: SurveyResults, questionId: string, ties = questionTies(results, questionId)): Graph {
  const graph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  for (const p of results.people) if (!graph.hasNode(p.id)) graph.addNode(p.id);
  for (const t of ties) graph.addDirectedEdge(t.from, t.to, { weight: t.frequency });
  return graph;
}

export function analyseQuestion(results: SurveyResults, questionId: string): QuestionNetwork {
  const question = results.questions.find((q) => q.id === questionId) ?? { id: questionId, prompt: questionId, maxChoices: 0, optional: false };
  const ties = questionTies(results, questionId);
  const graph = questionGraph(results, questionId, ties);
  const m = measureGraph(graph);
  const seen = new Set<string>();
  const people = results.people.filter((p) => !seen.has(p.id) && Boolean(seen.add(p.id)));
  const order = new Map(people.map((p, i) => [p.id, i]));
  const byRoster = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  const groupOf = new Map(people.map((p) => [p.id, p.group]));
  const answered = new Set(results.respondents);
  const n = people.length;
  const pathsPossible = (n - 1) * (n - 2);
  const inDegrees = people.map((p) => m.inDegree.get(p.id) ?? 0);
  const threshold = hiddenLeaderThreshold(inDegrees);
  // Place by in-degree: one more than the number sought by more colleagues.
  const descending = [...inDegrees].sort((a, b) => b - a);
  const rankOf = new Map<number, number>();
  descending.forEach((d, i) => {
    if (!rankOf.has(d)) rankOf.set(d, i + 1);
  });
  const communityOf = new Map<string, number>();
  m.communities.forEach((members, i) => members.forEach((id) => communityOf.set(id, i)));
  const mutualOf = new Map<string, string[]>();
  const addMutual = (a: string, b: string) => {
    const list = mutualOf.get(a);
    if (list) list.push(b);
    else mutualOf.set(a, [b]);
  };
  for (const [a, b] of m.mutualPairs) {
    addMutual(a, b);
    addMutual(b, a);
  }
  // Groups in the reader's alphabetical order, compared once: a locale comparison per pair
  // of every person's groups cost a fifth of the measures on a cold page (ICU collation).
  const groupOrder = new Map([...new Set(people.map((p) => p.group))].sort((a, b) => a.localeCompare(b)).map((g, i) => [g, i]));

  const results_: PersonResult[] = people.map((p) => {
    const inDegree = m.inDegree.get(p.id) ?? 0;
    const soughtBy = graph.inNeighbors(p.id).sort(byRoster);
    const seeks = graph.outNeighbors(p.id).sort(byRoster);
    const reached = new Set<string>();
    for (const id of [...soughtBy, ...seeks]) {
      const g = groupOf.get(id) ?? '';
      if (g && g !== p.group) reached.add(g);
    }
    const betweenness = m.betweenness.get(p.id) ?? 0;
    return {
      ...p,
      answered: answered.has(p.id),
      soughtBy,
      seeks,
      inDegree,
      outDegree: m.outDegree.get(p.id) ?? 0,
      betweenness,
      brokerage: pathsPossible > 0 ? betweenness / pathsPossible : 0,
      mutual: (mutualOf.get(p.id) ?? []).sort(byRoster),
      groupsReached: [...reached].sort((a, b) => (groupOrder.get(a) ?? 0) - (groupOrder.get(b) ?? 0)),
      isolate: graph.degree(p.id) === 0,
      rank: rankOf.get(inDegree) ?? 1,
      community: communityOf.get(p.id) ?? -1,
      hiddenLeader: !p.formal && inDegree >= threshold,
    };
  });

  const hiddenLeaders = results_
    .filter((p) => p.hiddenLeader)
    .sort((a, b) => b.inDegree - a.inDegree || byRoster(a.id, b.id))
    .map((p) => p.id);

  return {
    question,
    people: results_,
    ties,
    respondents: people.filter((p) => answered.has(p.id)).length,
    density: m.density,
    components: m.components.map((c) => c.sort(byRoster)),
    communities: m.communities.map((c) => c.sort(byRoster)),
    modularity: m.modularity,
    mutualPairs: m.mutualPairs.map(([a, b]) => (byRoster(a, b) <= 0 ? [a, b] : [b, a])),
    isolates: m.isolates.sort(byRoster),
    hiddenLeaders,
    hiddenThreshold: threshold,
  };
}

/** Every question's network, in the survey's order. */
export function analyseSurvey(results: SurveyResults): QuestionNetwork[] {
  return results.questions.map((q) => analyseQuestion(results, q.id));
}
