import type { InputId } from './model';

/** What each input of the model is called, on screen and on the printed handout. */
export const labels: Record<InputId, { label: string; unit: string }> = {
  people: { label: 'People who must commit to the decision', unit: 'people' },
  explain: { label: 'Time to explain the decision to one person', unit: 'hours' },
  commit: { label: "Time to win one person's commitment", unit: 'hours' },
  leaderDecide: { label: 'Time for the leader to decide alone', unit: 'hours' },
  groupSetup: { label: 'Fixed time the group route adds (convening, gathering facts)', unit: 'hours' },
  groupPerPerson: { label: 'Extra group discussion for each person involved', unit: 'hours' },
  followUp: { label: 'Share of explaining and persuading still needed after a group decision', unit: '(0 to 1)' },
};
