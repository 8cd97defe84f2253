/**
 * The committee lab's thinking tool, as pure functions: given the members at a table (ids from
 * a scenario's member pool), derive which perspectives are present, fragile or missing, who is
 * likely to go quiet because of the power at the table, where perspectives may clash, and which
 * of the scenario's risks to prepare for. Every finding comes from attributes the content file
 * declares (a member's perspectives, power and risks; a perspective's tensions; a risk's
 * signals), never from a particular combination of members, so any committee-lab scenario works.
 * Also: the storage keys of the lab's saved pieces, and blocks describing them for exports.
 */
import type { z } from 'zod';
import type { Block } from '../blocks/types';
import type { labCommittee, labMember, labPerspective, labRisk } from './lab-schema';
import { tableSignals, type TableSignal } from './table-signals';
import { promptBlocks } from './worksheets';
import { memberText } from './illustrative';

export const powerLevels = ['low', 'medium', 'high'] as const;
export type Power = (typeof powerLevels)[number];
const rank = (p: Power) => powerLevels.indexOf(p);

/** What each signal means, in words a learner reads beside the risk it raises. */
export const signalText: Record<TableSignal, string> = {
  'power-gap': 'People with little power sit with people who hold a lot of it.',
  'lone-voice': 'A perspective rests on a single member who may not feel free to speak.',
  tension: 'Perspectives that often clash are both at the table.',
  'shared-view': 'Most of the table shares one vantage point, so its assumptions may go unchallenged.',
};

/** A perspective held by at least this share of a table (of three or more) counts as shared. */
export const SHARED_VIEW_SHARE = 2 / 3;
/** Fewer members than this is a small table; more than LARGE_TABLE is a large one. */
export const SMALL_TABLE = 3;
export const LARGE_TABLE = 12;

// The lab's content types, from the schemas that validate its content file (./lab-schema.ts).
export type LabPerspective = z.input<typeof labPerspective>;
export type LabRisk = z.input<typeof labRisk>;
export type LabMember = z.input<typeof labMember>;
/** A committee's whole text, as the scenario page hands it to the lab's islands. */
export type LabCommitteeText = z.input<typeof labCommittee>;
/** What the analysis needs of a committee: who sits at it. */
export type LabCommittee = Pick<LabCommitteeText, 'id' | 'name' | 'members'>;
export interface LabData {
  perspectives: readonly LabPerspective[];
  risks: readonly LabRisk[];
  pool: readonly LabMember[];
  committees: readonly LabCommittee[];
}

export interface QuietVoice {
  member: LabMember;
  /** Members at the table with more power than this one. */
  above: LabMember[];
  /** `likely` when someone at the table is two power levels higher, `possible` when one. */
  likelihood: 'likely' | 'possible';
}
export interface PresentPerspective {
  perspective: LabPerspective;
  members: LabMember[];
  /** Present, but every member who brings it is likely to go quiet. */
  atRisk: boolean;
}
export interface MissingPerspective {
  perspective: LabPerspective;
  /** Members of the pool, not at the table, who would bring it. */
  couldBring: LabMember[];
}
export interface Tension {
  a: LabPerspective;
  b: LabPerspective;
  /** Members who bring `a` but not `b`, and the other way round. */
  sideA: LabMember[];
  sideB: LabMember[];
  /** Members who bring both, and may help each side hear the other. */
  bridges: LabMember[];
}
export interface RiskFlag {
  risk: LabRisk;
  /** Members whose presence makes the risk likely. */
  members: LabMember[];
  /** Signals at the table that point to the risk. */
  signals: TableSignal[];
}
export interface TableAnalysis {
  members: LabMember[];
  size: 'empty' | 'small' | 'workable' | 'large';
  present: PresentPerspective[];
  missing: MissingPerspective[];
  powerCounts: Record<Power, number>;
  quiet: QuietVoice[];
  /** When someone may go quiet: the members with the most power, whose views may set the tone. */
  dominant: LabMember[];
  loneVoices: { perspective: LabPerspective; member: LabMember }[];
  tensions: Tension[];
  sharedViews: { perspective: LabPerspective; members: LabMember[] }[];
  signals: TableSignal[];
  /** Risks this table makes likely, in content order. */
  risks: RiskFlag[];
  /** Risks nothing at this table points to. */
  otherRisks: LabRisk[];
  /** Present perspectives that none of the scenario's committees had. */
  beyondCommittees: LabPerspective[];
}

/** The members with these ids, in pool order; unknown ids and repeats are ignored. */
export function membersOf(lab: Pick<LabData, 'pool'>, ids: readonly string[]): LabMember[] {
  const chosen = new Set(ids);
  return lab.pool.filter((m) => chosen.has(m.id));
}

/** Perspective ids brought by a set of members. */
export function perspectivesOf(members: readonly LabMember[]): Set<string> {
  return new Set(members.flatMap((m) => m.perspectives));
}

/** Read a table: see the module comment. Pure; the same ids always give the same analysis. */
export function analyseTable(lab: LabData, ids: readonly string[]): TableAnalysis {
  const members = membersOf(lab, ids);
  const carriers = (pid: string) => members.filter((m) => m.perspectives.includes(pid));

  const top = members.reduce((max, m) => Math.max(max, rank(m.power)), -1);
  const quiet: QuietVoice[] = members.flatMap((m) => {
    const above = members.filter((o) => rank(o.power) > rank(m.power));
    if (!above.length) return [];
    return [{ member: m, above, likelihood: top - rank(m.power) >= 2 ? 'likely' : 'possible' } satisfies QuietVoice];
  });
  const likelyQuiet = new Set(quiet.filter((q) => q.likelihood === 'likely').map((q) => q.member.id));
  const anyQuiet = new Set(quiet.map((q) => q.member.id));
  const dominant = quiet.length ? members.filter((m) => rank(m.power) === top) : [];

  const present: PresentPerspective[] = [];
  const missing: MissingPerspective[] = [];
  for (const perspective of lab.perspectives) {
    const bring = carriers(perspective.id);
    if (bring.length) present.push({ perspective, members: bring, atRisk: bring.every((m) => likelyQuiet.has(m.id)) });
    else missing.push({ perspective, couldBring: lab.pool.filter((m) => m.perspectives.includes(perspective.id) && !ids.includes(m.id)) });
  }

  const loneVoices = present.flatMap((p) => {
    const only = p.members.length === 1 ? p.members[0] : undefined;
    return only && anyQuiet.has(only.id) ? [{ perspective: p.perspective, member: only }] : [];
  });

  const byId = new Map(lab.perspectives.map((p) => [p.id, p]));
  const tensions: Tension[] = [];
  const seenPairs = new Set<string>();
  for (const a of lab.perspectives) {
    for (const bid of a.tensions ?? []) {
      const b = byId.get(bid);
      const pair = [a.id, bid].sort().join('|');
      if (!b || b.id === a.id || seenPairs.has(pair)) continue;
      seenPairs.add(pair);
      const sideA = members.filter((m) => m.perspectives.includes(a.id) && !m.perspectives.includes(b.id));
      const sideB = members.filter((m) => m.perspectives.includes(b.id) && !m.perspectives.includes(a.id));
      if (sideA.length && sideB.length) {
        tensions.push({ a, b, sideA, sideB, bridges: members.filter((m) => m.perspectives.includes(a.id) && m.perspectives.includes(b.id)) });
      }
    }
  }

  const sharedViews =
    members.length >= SMALL_TABLE
      ? present.filter((p) => p.members.length >= members.length * SHARED_VIEW_SHARE).map(({ perspective, members: m }) => ({ perspective, members: m }))
      : [];

  const signals = tableSignals.filter(
    (s) =>
      (s === 'power-gap' && likelyQuiet.size > 0) ||
      (s === 'lone-voice' && loneVoices.length > 0) ||
      (s === 'tension' && tensions.length > 0) ||
      (s === 'shared-view' && sharedViews.length > 0),
  );

  const risks: RiskFlag[] = [];
  const otherRisks: LabRisk[] = [];
  for (const risk of lab.risks) {
    const flag = { risk, members: members.filter((m) => (m.risks ?? []).includes(risk.id)), signals: signals.filter((s) => risk.signals?.includes(s)) };
    if (flag.members.length || flag.signals.length) risks.push(flag);
    else otherRisks.push(risk);
  }

  const inCommittees = new Set(lab.committees.flatMap((c) => [...perspectivesOf(membersOf(lab, c.members))]));
  const powerCounts = { low: 0, medium: 0, high: 0 } satisfies Record<Power, number>;
  for (const m of members) powerCounts[m.power]++;

  return {
    members,
    size: members.length === 0 ? 'empty' : members.length < SMALL_TABLE ? 'small' : members.length > LARGE_TABLE ? 'large' : 'workable',
    present,
    missing,
    powerCounts,
    quiet,
    dominant,
    loneVoices,
    tensions,
    sharedViews,
    signals,
    risks,
    otherRisks,
    beyondCommittees: present.filter((p) => !inCommittees.has(p.perspective.id)).map((p) => p.perspective),
  };
}

/**
 * The id of each piece of the lab, a block id after the lab's lesson key: the storage key is
 * `scenario/<lab>/<id>` in the one answer store. They follow the id rule (`stableId`), since
 * committee ids do, so they share one key space with the report's questions, saved at
 * `scenario/<lab>/<question>`: the build refuses a lab where a question id equals a piece's
 * (`course-tree.ts`). The first version saved them under paths with slashes
 * (`predict/<committee>/diagnosis`, `build/members`); `answer-moves.ts` moves those answers.
 */
export const labPaths = {
  firstReading: 'first-reading',
  prediction: (committee: string, part: 'diagnosis' | 'pick' | 'proposal') => `predict-${committee}-${part}`,
  comparison: (committee: string) => `compare-${committee}`,
  revealed: 'reveal-proposals',
  members: 'build-members',
  plan: 'build-plan',
};

/** The storage key of one piece of a lab. */
export const labKey = (lab: string, path: string) => `scenario/${lab}/${path}`;

/** The lab's prompts, shared by the lab page and by exports of the learner's answers. */
export const labPrompts = {
  firstReading: 'Before you open any committee: what do you think is really behind the problem?',
  diagnosis: (committee: string) => `Your prediction: what will “${committee}” decide the problem is?`,
  pick: (committee: string) => `Your prediction: which of these will “${committee}” propose?`,
  proposal: (committee: string) => `Your prediction: what will “${committee}” propose?`,
  comparison: (committee: string) =>
    `Set your prediction beside what “${committee}” proposed. What did you expect that did not happen, and what did the committee see or miss?`,
  revealed: 'Committees whose proposal you have revealed',
  members: 'Your own committee',
  plan: 'Why this table? Who will you hear from first, and how will you prepare for the risks it raises?',
};

/** What `labBlocks` reads of a lab. */
export type LabForBlocks = Pick<LabData, 'pool'> & { committees: readonly (LabCommittee & ProposalOf)[]; questions: readonly { id: string; text: string }[] };

const textBlock = (id: string, label: string, rows = 3): Block => ({ type: 'text', id, label, rows, required: false, private: false });

/** The learner's own reading of the problem before any committee, and the plan for their own committee. */
export const firstReadingBlock = textBlock(labPaths.firstReading, labPrompts.firstReading);
export const planBlock = textBlock(labPaths.plan, labPrompts.plan, 5);

type ProposalOf = Pick<LabCommitteeText, 'id' | 'name' | 'proposal' | 'headline'>;

/**
 * The proposals a participant picks from when predicting a committee's: every committee's, in
 * a few words (`headline`, or the proposal itself), one option per committee under its id. In
 * the order of their text, not of the committees, so an option's place does not say whose it is.
 */
export function proposalOptions(committees: readonly ProposalOf[]): { id: string; label: string }[] {
  return committees.map((c) => ({ id: c.id, label: c.headline ?? c.proposal })).sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

/**
 * A committee's saved pieces: the predictions (the problem as the committee will see it, which
 * of the lab's proposals it will make, and that proposal in the learner's words), then the note
 * comparing them with the proposal. The pick is a choice block whose outcome is the committee's
 * own proposal, so a cohort board counts the picks and reveals the proposal beside them.
 */
export function committeeBlocks(
  c: Pick<ProposalOf, 'id' | 'name' | 'proposal'>,
  options: readonly { id: string; label: string }[],
): { diagnosis: Block; pick: Block; proposal: Block; comparison: Block } {
  return {
    diagnosis: textBlock(labPaths.prediction(c.id, 'diagnosis'), labPrompts.diagnosis(c.name)),
    pick: {
      type: 'choice',
      id: labPaths.prediction(c.id, 'pick'),
      label: labPrompts.pick(c.name),
      multiple: false,
      options: [...options],
      outcome: { option: c.id, reveal: 'Reveal what the committee proposed', heading: 'What the committee proposed', text: c.proposal },
      required: false,
      private: false,
    },
    proposal: textBlock(labPaths.prediction(c.id, 'proposal'), labPrompts.proposal(c.name)),
    comparison: textBlock(labPaths.comparison(c.id), labPrompts.comparison(c.name), 4),
  };
}

/**
 * Every saved piece of a lab as worksheet blocks, in the order the learner meets them. Block
 * ids are the ids above (and the question ids), so `answerKey('scenario/<lab>', block.id)`
 * is each one's storage key; exports can use these blocks to label and render the answers.
 */
export function labBlocks(lab: LabForBlocks): Block[] {
  return [
    firstReadingBlock,
    ...lab.committees.flatMap((c) => Object.values(committeeBlocks(c, proposalOptions(lab.committees)))),
    {
      type: 'checklist',
      id: labPaths.revealed,
      label: labPrompts.revealed,
      items: lab.committees.map((c) => ({ id: c.id, label: c.name })),
      required: false,
      private: false,
    },
    ...promptBlocks([...lab.questions]),
    {
      type: 'checklist',
      id: labPaths.members,
      label: labPrompts.members,
      items: lab.pool.map((m) => ({ id: m.id, label: memberText(m) })),
      required: false,
      private: false,
    },
    planBlock,
  ];
}
