import { planStepMinutes } from '../../lib/facilitate/plan-run';
import { MAX_ITEM_MINUTES } from '../../lib/session-plan';
import { MinutesField } from './MinutesField';

interface Props {
  id: string;
  /** "Activity 5: Trust". */
  name: string;
  /** The guide's steps and their times for a 60-minute run. */
  guide: { title: string; minutes: number }[];
  /** The minutes the plan gives the activity, and its step times if they were set by hand. */
  minutes: number;
  steps: number[] | undefined;
  /** New step times (the activity's minutes become their total), or undefined for "Scale to fit". */
  onChange: (steps: number[] | undefined) => void;
}

/**
 * One activity's steps in the planner, each with its minutes: the guide's times scaled to the
 * plan's minutes until the facilitator sets one by hand, and from then on exactly as set
 * (presentation mode runs them so). "Scale to fit" goes back to the guide's proportions.
 */
export function StepTimes({ id, name, guide, minutes, steps, onChange }: Props) {
  const current = planStepMinutes(
    { minutes, steps },
    guide.map((st) => st.minutes),
  );
  const total = current.minutes.reduce((a, b) => a + b, 0);
  const guideTotal = guide.reduce((a, st) => a + st.minutes, 0);
  const set = (index: number, value: number) => onChange(current.minutes.map((m, i) => (i === index ? value : m)));
  return (
    <div className="planner-steps" id={id} role="group" aria-labelledby={`${id}-heading`}>
      <p className="planner-steps-heading" id={`${id}-heading`}>
        Step times for {name}
      </p>
      <ol>
        {guide.map((st, i) => {
          const value = current.minutes[i] ?? 1;
          return (
            <li key={i}>
              <label>
                <span className="planner-step-name">
                  {i + 1}. {st.title}
                </span>
                {/* The activity's total stays within what a plan item can hold. */}
                <MinutesField value={value} min={1} max={MAX_ITEM_MINUTES - (total - value)} onChange={(m) => set(i, m)} />
                <span aria-hidden="true">min</span>
              </label>
            </li>
          );
        })}
      </ol>
      <p className="planner-steps-total" aria-live="polite">
        {total} minutes in all, {current.byHand ? 'set by hand' : total === guideTotal ? 'the guide’s own times' : `the guide’s ${guideTotal} scaled to fit`}.
      </p>
      <p className="row">
        {/* aria-disabled, not disabled: the button in focus when pressed keeps the focus. */}
        <button type="button" aria-disabled={!current.byHand} aria-describedby={`${id}-fit`} onClick={() => current.byHand && onChange(undefined)}>
          Scale to fit
        </button>
        <span className="planner-hint" id={`${id}-fit`}>
          Back to the guide’s times, shared out over the same {total} minutes.
        </span>
      </p>
    </div>
  );
}
