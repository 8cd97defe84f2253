import type { ReactNode } from 'react';
import { analyseTable, labPaths, type TableAnalysis } from '../../lib/committee';
import type { LabCommitteeText, LabProps } from './types';
import { MemberNames } from './Illustrative';
import { useLabText, useRevealed } from './useLab';

const list = (items: string[], empty = 'None') => (items.length ? items.join('; ') : empty);

/**
 * The committees side by side: who sat at the table, which perspectives were heard, which were
 * present but likely to go quiet, which were missing (all derived from the member pool), the
 * voices the course reads as left out (labelled as the course's: the report names none), and, once revealed, the learner's prediction, the
 * proposal and the diagnosis it implies. A table on wide screens; on a phone each row becomes
 * a block with every committee's entry labelled (CSS).
 */
export default function CommitteeComparison({ labId, lab }: LabProps) {
  const { revealed, ready } = useRevealed(labId);
  const firstReading = useLabText(labId, labPaths.firstReading);
  const analyses = lab.committees.map((c: LabCommitteeText) => [c, analyseTable(lab, c.members)] as const);
  const shown = (c: LabCommitteeText) => ready && revealed.has(c.id);
  const hidden = (c: LabCommitteeText, i: number) => (
    <p className="lab-hidden">
      Not revealed yet: predict and reveal it in <a href={`#path-${c.id}`}>path {i + 1}</a>.
    </p>
  );

  const rows: { label: ReactNode; key?: string; cell: (c: LabCommitteeText, a: TableAnalysis, i: number) => ReactNode }[] = [
    { label: 'At the table', cell: (_c, a) => <MemberNames members={a.members} /> },
    {
      label: 'Perspectives heard',
      cell: (_c, a) =>
        list(
          a.present.filter((p) => !p.atRisk).map((p) => p.perspective.label),
          'None',
        ),
    },
    {
      label: 'Present but likely to go quiet',
      cell: (_c, a) => {
        const quiet = a.quiet.filter((q) => q.likelihood === 'likely').map((q) => q.member);
        const atRisk = a.present.filter((p) => p.atRisk).map((p) => p.perspective.label);
        if (!quiet.length) return 'No one: nobody at this table is far below the others in power.';
        return (
          <>
            <MemberNames members={quiet} />
            {atRisk.length > 0 && (
              <>
                . <span className="lab-kicker">Perspectives that rest only on them:</span> {atRisk.join('; ')}
              </>
            )}
          </>
        );
      },
    },
    { label: 'Perspectives missing', cell: (_c, a) => list(a.missing.map((m) => m.perspective.label)) },
    {
      label: (
        <>
          Left out, in the course's reading <span className="course-reading-label">(the report names no one)</span>
        </>
      ),
      key: 'unheard',
      cell: (c) => list(c.unheard),
    },
    { label: 'Your prediction', cell: (c, _a, i) => (shown(c) ? <Prediction labId={labId} committee={c.id} /> : hidden(c, i)) },
    { label: 'What they proposed', cell: (c, _a, i) => (shown(c) ? c.proposal : hidden(c, i)) },
    {
      label: (
        <>
          The diagnosis the proposal implies <span className="course-reading-label">(the course's reading)</span>
        </>
      ),
      key: 'diagnosis',
      cell: (c, _a, i) => (shown(c) ? c.diagnosis : hidden(c, i)),
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
        {ready ? `${lab.committees.filter((c) => revealed.has(c.id)).length} of ${lab.committees.length} proposals revealed.` : 'Loading your saved work…'}
      </p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="The committees compared">
        <table className="lab-compare-table">
          <caption className="visually-hidden">The committees compared, one column per committee</caption>
          <thead>
            <tr>
              <td />
              {lab.committees.map((c) => (
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
                {analyses.map(([c, a], i) => (
                  <td key={c.id}>
                    <span className="cell-label" aria-hidden="true">
                      {c.name}
                    </span>
                    {r.cell(c, a, i)}
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

function Prediction({ labId, committee }: { labId: string; committee: string }) {
  const diagnosis = useLabText(labId, labPaths.prediction(committee, 'diagnosis')).trim();
  const proposal = useLabText(labId, labPaths.prediction(committee, 'proposal')).trim();
  if (!diagnosis && !proposal) return <em>No prediction written.</em>;
  return (
    <>
      {diagnosis && <p className="pre">{diagnosis}</p>}
      {proposal && <p className="pre">{proposal}</p>}
    </>
  );
}
