import { inputIds } from './model';
import { Cells, Lines, type PrintProps } from '../print-parts';
import { labels } from './labels';

/** The model on paper: the starting numbers beside room for the group's own, and the two routes to work out. */
/** The help on screen speaks of the tool; this form says what to do on paper. */
export const screenHelp = false;

export function Print({ block }: PrintProps<'decision-timeline'>) {
  return (
    <>
      <table tabIndex={0} className="ho-table">
        <caption>Your numbers: change any starting value you disagree with.</caption>
        <thead>
          <tr>
            <th scope="col">Input</th>
            <th scope="col">Starting value</th>
            <th scope="col">Your value</th>
          </tr>
        </thead>
        <tbody>
          {inputIds.map((id) => (
            <tr key={id}>
              <th scope="row">{labels[id].label}</th>
              <td>
                {block.defaults[id]} {labels[id].unit}
              </td>
              <Cells n={1} short />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ho-help">
        Leader alone: deciding = time for the leader to decide; carrying it out = people × (explaining + winning commitment). Group: deciding = the leader's
        time + the fixed group time + people × the extra time per person; carrying it out = the share still needed × people × (explaining + winning commitment).
      </p>
      <table tabIndex={0} className="ho-table">
        <caption>Hours for each route</caption>
        <thead>
          <tr>
            <th scope="col">Route</th>
            <th scope="col">Deciding</th>
            <th scope="col">Carrying it out</th>
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">The leader decides alone</th>
            <Cells n={3} short />
          </tr>
          <tr>
            <th scope="row">The group decides</th>
            <Cells n={3} short />
          </tr>
        </tbody>
      </table>
      <p className="ho-help">The model assumes:</p>
      <ul className="ho-assumptions">
        {block.assumptions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      {block.notePrompt && (
        <>
          <p className="ho-help">{block.notePrompt}</p>
          <Lines n={4} />
        </>
      )}
    </>
  );
}
