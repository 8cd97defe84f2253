/**
 * What each lab island is handed, cut at build time to what it renders: island props are
 * serialised into the page's HTML, so the whole lab object twice made the page's largest part.
 * The comparison's analysis depends only on the content, so it is done here, once, not in the
 * browser; the builder keeps the pool, perspectives and risks it analyses as the learner picks.
 */
import { analyseTable, type LabData } from './committee';
import type { MarkedMember } from './illustrative';
import type { LabCommitteeText, LabProps } from './lab-props';

/** A member as a list of names shows them: the name and whether the course invented it. */
type NamedMember = Pick<MarkedMember, 'name' | 'illustrative'>;

/** One committee's column in the side-by-side table. */
export interface ComparedCommittee {
  id: string;
  name: string;
  atTable: NamedMember[];
  heard: string[];
  /** Members likely to go quiet, and the perspectives that rest only on them. */
  quiet: NamedMember[];
  quietPerspectives: string[];
  missing: string[];
  unheard: string[];
  /** Shown once the learner has revealed the committee. */
  proposal: string;
  /** The proposal in a few words, as the learner picked among them. */
  headline: string;
  diagnosis: string;
}

const named = (m: MarkedMember): NamedMember => (m.illustrative?.length ? { name: m.name, illustrative: m.illustrative } : { name: m.name });

export function comparedCommittees(lab: LabProps['lab']): ComparedCommittee[] {
  return lab.committees.map((c: LabCommitteeText) => {
    const a = analyseTable(lab, c.members);
    return {
      id: c.id,
      name: c.name,
      atTable: a.members.map(named),
      heard: a.present.filter((p) => !p.atRisk).map((p) => p.perspective.label),
      quiet: a.quiet.filter((q) => q.likelihood === 'likely').map((q) => named(q.member)),
      quietPerspectives: a.present.filter((p) => p.atRisk).map((p) => p.perspective.label),
      missing: a.missing.map((m) => m.perspective.label),
      unheard: c.unheard,
      proposal: c.proposal,
      headline: c.headline ?? c.proposal,
      diagnosis: c.diagnosis,
    };
  });
}

/** The lab as the builder analyses it: the committees only as presets (name and members), not their story. */
export function builderLab(lab: LabProps['lab']): LabData {
  return {
    perspectives: lab.perspectives,
    risks: lab.risks,
    pool: lab.pool,
    committees: lab.committees.map(({ id, name, members }) => ({ id, name, members })),
  };
}
