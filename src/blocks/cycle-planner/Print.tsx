import { Cells, count, Head, type PrintLayout, type PrintProps } from '../print-parts';
import type { BlockOf } from '../types';

/** The help on screen speaks of the tool; this form says what to do on paper. */
export const screenHelp = false;

export const layout = (block: BlockOf<'cycle-planner'>): PrintLayout => ({ landscape: block.stages.length > 4, breakable: true });

/** The problem, then people or groups (rows) by phases: tick each phase a row takes part in. */
export function Print({ block }: PrintProps<'cycle-planner'>) {
  return (
    <>
      <p className="ho-challenge">
        The problem: <span className="ho-line" aria-hidden="true" />
      </p>
      <p className="ho-help">
        Write one person or group a row and tick each phase they take part in.
        {block.suggestions.length > 0 && ` You might start with: ${block.suggestions.join(', ')}.`}
      </p>
      <table tabIndex={0} className="ho-table ho-cycle">
        <Head first="Person or group" columns={block.stages.map((s) => ({ id: s.id, label: s.label, note: s.help }))} />
        <tbody>
          {count(8).map((i) => (
            <tr key={i}>
              <Cells n={block.stages.length + 1} short />
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
