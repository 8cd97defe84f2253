import type { ReactNode } from 'react';
import { labPaths } from '../../lib/committee';
import type { ComparedCommittee } from '../../lib/lab-island-props';
import { MemberNames } from './Illustrative';
import { useLabPick, useLabText, useRevealed } from './useLab';

const list = (items: string[], empty = 'None') => (items.length ? items.join('; ') : empty);

/**
 * The committees side by side: who sat at the table, which perspectives were heard, which were
 * present but likely to go quiet, which were missing (all derived from the member pool), the
 * voices the course reads as left out (labelled as the course's: the report names none), and, once revealed, the learner's prediction, the
 * proposal and the diagnosis it implies. A table on wide screens; on a phone each row becomes
 * a block with every committee's entry labelled (CSS). The analysis comes done from the build
 * (island-props.ts).
 */
export default function CommitteeComparison({ labId, committees }: { labId: string; committees: ComparedCommittee[] }) {
  const { revealed, ready } = useRevealed(labId);
  const firstReading = useLabText(labId, labPaths.firstReading);
  const shown = (c: ComparedCommittee) => ready && revealed.has(c.id);
  const hidden = (c: ComparedCommittee, i: number) => (
    <p className="lab-hidden">
      Not revealed yet: predict and reveal it in <a href={`#path-${c.id}`}>path {i + 1}</a>.
    </p>
  );

  const rows: { label: ReactNode; key?: string; cell: (c: ComparedCommittee, i: number) => ReactNode }[] = [
    { label: 'At the table', cell: (c) => <MemberNames members={c.atTable} /> },
    { label: 'Perspectives heard', cell: (c) => list(c.heard, 'None') },
    {
      label: 'Present but likely to go quiet',
      cell: (c) => {
        if (!c.quiet.length) return 'No one: nobody at this table is far below the others in power.';
        return (
          <>
            <MemberNames members={c.quiet} />
            {c.quietPerspectives.length > 0 && (
              <>
                . <span className="lab-kicker">Perspectives that rest only on them:</span> {c.quietPerspectives.join('; ')}
              </>
            )}
          </>
        );
      },
    },
    { label: 'Perspectives missing', cell: (c) => list(c.missing) },
    {
      label: (
        <>
          Left out, in the course's reading <span className="course-reading-label">(the report names no one)</span>
        </>
      ),
      key: 'unheard',
      cell: (c) => list(c.unheard),
    },
    { label: 'Your prediction', cell: (c, i) => (shown(c) ? <Prediction labId={labId} committee={c.id} committees={committees} /> : hidden(c, i)) },
    { label: 'What they proposed', cell: (c, i) => (shown(c) ? c.proposal : hidden(c, i)) },
    {
      label: (
        <>
          The diagnosis the proposal implies <span className="course-reading-label">(the course's reading)</span>
        </>
      ),
      key: 'diagnosis',
      cell: (c, i) => (shown(c) ? c.diagnosis : hidden(c, i)),
    },
  ];

  return (
    <div className="lab-comparison">
      {ready && firstReading.trim() && (
        <div className="lab-first-reading">
          <p className="lab-kicker">Your first reading of the problem, before the committees</p>
          <p className="pre">{firstReading}</p>
        </div>
      )}
      <p className="save-status" aria-live="polite">
        {ready ? `${committees.filter((c) => revealed.has(c.id)).length} of ${committees.length} proposals revealed.` : 'Loading your saved work…'}
      </p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="The committees compared">
        <table className="lab-compare-table">
          <caption className="visually-hidden">The committees compared, one column per committee</caption>
          <thead>
            <tr>
              <td />
              {committees.map((c) => (
                <th scope="col" key={c.id}>
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key ?? String(r.label)}>
                <th scope="row">{r.label}</th>
                {committees.map((c, i) => (
                  <td key={c.id}>
                    <span className="cell-label" aria-hidden="true">
                      {c.name}
                    </span>
                    {r.cell(c, i)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function Prediction({ labId, committee, committees }: { labId: string; committee: string; committees: ComparedCommittee[] }) {
  const diagnosis = useLabText(labId, labPaths.prediction(committee, 'diagnosis')).trim();
  const proposal = useLabText(labId, labPaths.prediction(committee, 'proposal')).trim();
  const pickedId = useLabPick(labId, committee);
  const picked = committees.find((c) => c.id === pickedId);
  if (!diagnosis && !proposal && !picked) return <em>No prediction written.</em>;
  return (
    <>
      {diagnosis && <p className="pre">{diagnosis}</p>}
      {picked && (
        <p>
          <span className="lab-kicker">Picked:</span> {picked.headline}
          {picked.id === committee ? ' (theirs)' : ` (${picked.name}’s)`}
        </p>
      )}
      {proposal && <p className="pre">{proposal}</p>}
    </>
  );
}
