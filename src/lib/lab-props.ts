/** Props the scenario page hands to the lab's islands: plain data from one committee-lab content file. */
import type { LabCommitteeText, LabData } from './committee';

export type { LabCommitteeText } from './committee';

export interface LabProps {
  /** The scenario's id: every saved piece lives under `scenario/<labId>/...`. */
  labId: string;
  lab: LabData & { committees: LabCommitteeText[] };
}

/** Where to learn about and practise each risk: its lesson and its activity. */
export type RiskLinks = Record<string, { lesson: { href: string; title: string }; activity: { href: string; title: string } }>;
