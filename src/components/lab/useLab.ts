import { useCallback } from 'react';
import { valueFor } from '../../blocks/answers';
import { labKey, labPaths } from '../../lib/committee';
import { flushAnswers, getAnswer } from '../../stores/answers';
import { useAnswer } from '../worksheet/useAnswer';

/**
 * Which committees' proposals the learner has revealed, shared by every island of the lab.
 * Revealing is one deliberate act, so it is written at once (not after the typing pause) and
 * the other islands on the page see it straight away.
 */
export function useRevealed(labId: string) {
  const key = labKey(labId, labPaths.revealed);
  const { value, setValue, ready } = useAnswer(key, 'checklist');
  const reveal = useCallback(
    (committee: string) => {
      const current = valueFor('checklist', getAnswer(key)) ?? [];
      if (current.includes(committee)) return;
      setValue([...current, committee]);
      flushAnswers();
    },
    [key, setValue],
  );
  return { revealed: new Set(value ?? []), reveal, ready };
}

/** A text piece of the lab, read-only (for showing a saved prediction elsewhere). */
export function useLabText(labId: string, path: string): string {
  return useAnswer(labKey(labId, path), 'text').value ?? '';
}

/** Which committee's proposal the learner picked as their prediction for a committee, read-only. */
export function useLabPick(labId: string, committee: string): string | undefined {
  return useAnswer(labKey(labId, labPaths.prediction(committee, 'pick')), 'choice').value?.[0];
}
