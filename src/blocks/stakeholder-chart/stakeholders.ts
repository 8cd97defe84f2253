/**
 * The stakeholder chart of Activity 9 (after Heifetz, Grashow & Linsky, The Practice of
 * Adaptive Leadership): five columns, each with its guiding question in our words, and the
 * report's list of potential losses offered as quick picks. Also the pure row operations the
 * chart uses (move, remove, restore), so the component only decides where focus goes.
 */
export const chartColumns = [
  { id: 'relationship', label: 'Relationship to the issue', question: 'How close is this person to the problem, and what part do they play in it?' },
  { id: 'outcome', label: 'Preferred outcome', question: 'If they could choose, what would happen?' },
  { id: 'values', label: 'Noblest values', question: 'At their best, what do they care about that explains where they stand?' },
  { id: 'loyalties', label: 'Loyalties', question: 'To whom do they feel bound: colleagues, family, a community, promises already made?' },
  { id: 'losses', label: 'Potential losses', question: 'What might they have to give up, or fear giving up, if things change?' },
] as const;

export type ChartColumnId = (typeof chartColumns)[number]['id'];

/**
 * The report's potential losses, in an order of the course's own: what people fear losing of
 * themselves, of their safety, of their means, and of their say. Saved picks are the words, so
 * the order only changes how the quick picks read.
 */
export const potentialLosses = [
  'identity',
  'competence',
  'status',
  'reputation',
  'righteousness',
  'comfort',
  'security',
  'job',
  'life',
  'time',
  'money',
  'resources',
  'power',
  'control',
  'independence',
] as const;
