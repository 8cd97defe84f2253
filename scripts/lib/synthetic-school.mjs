// A made-up school for the survey network's bench and tests (issue 29): `people` staff in
// twelve groups, a few formal leaders, and `ties` advice ties on one question. Most ties stay
// inside a group and favour a few popular colleagues (so there are hubs and hidden leaders to
// find); a fifth cross groups. Seeded (the generator Louvain uses in the site): the same school
// every run. Read through Vite (the bench bundles it, Vitest runs the tests), which loads the
// TypeScript module.

import { seededRandom } from '../../src/lib/seeded-random.ts';

const GROUPS = [
  'Kindergarten',
  'Grade 1',
  'Grade 2',
  'Grade 3',
  'Grade 4',
  'Grade 5',
  'Mathematics',
  'English',
  'Science',
  'Special education',
  'Specials',
  'Student support',
];
const FORMAL = [
  'Principal',
  'Assistant principal',
  'Assistant principal',
  'Mathematics coach',
  'Literacy coach',
  'Department head',
  'Department head',
  'Department head',
];

/** @returns {import('../../src/lib/survey/model').SurveyResults} */
export function syntheticSchool({ people: count = 150, ties: tieCount = 1500, seed = 29 } = {}) {
  const rand = seededRandom(seed);
  const people = Array.from({ length: count }, (_, i) => ({
    id: `s${i + 1}`,
    name: `Staff member ${i + 1}`,
    role: FORMAL[i] ?? 'Teacher',
    group: i < 3 ? 'Administration' : GROUPS[i % GROUPS.length],
    formal: i < FORMAL.length,
  }));
  // Popularity: a few colleagues are sought far more than the rest.
  const pull = people.map(() => 1 + 12 * rand() ** 6);
  const byGroup = new Map();
  for (const p of people) byGroup.set(p.group, [...(byGroup.get(p.group) ?? []), p]);
  const pick = (pool, from) => {
    const total = pool.reduce((n, p) => n + (p.id === from ? 0 : pull[Number(p.id.slice(1)) - 1]), 0);
    let r = rand() * total;
    for (const p of pool) {
      if (p.id === from) continue;
      r -= pull[Number(p.id.slice(1)) - 1];
      if (r <= 0) return p;
    }
    return pool.find((p) => p.id !== from);
  };
  const seen = new Set();
  const ties = [];
  let guard = 0;
  while (ties.length < tieCount && guard++ < tieCount * 50) {
    const from = people[Math.floor(rand() * count)];
    const own = byGroup.get(from.group);
    const to = rand() < 0.8 && own.length > 1 ? pick(own, from.id) : pick(people, from.id);
    if (!to || seen.has(`${from.id}>${to.id}`)) continue;
    seen.add(`${from.id}>${to.id}`);
    ties.push({ from: from.id, to: to.id, question: 'instruction', frequency: 1 + Math.floor(rand() * 4) });
  }
  return {
    schoolName: 'A made-up school of 150 (bench)',
    people,
    questions: [{ id: 'instruction', prompt: 'Whom do you go to for advice about instruction?', maxChoices: 15, optional: false }],
    respondents: [...new Set(ties.map((t) => t.from))],
    ties,
  };
}
