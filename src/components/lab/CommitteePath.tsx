import { useRef, useState } from 'react';
import { committeeBlocks, labKey, labPaths, type LabMember } from '../../lib/committee';
import { valueFor } from '../../blocks/answers';
import { getAnswer } from '../../stores/answers';
import { useAnswer } from '../worksheet/useAnswer';
import { MemberEntry, MemberField, MemberRole } from './Illustrative';
import { LabChoice } from './LabChoice';
import { LabText } from './LabText';
import type { LabCommitteeText } from '../../lib/lab-props';
import { useRevealed } from './useLab';

/**
 * One committee as a path the learner opens: who sits at the table, how the meetings went, a
 * prediction of what the group will conclude (saved: the problem as they will see it, which of
 * the lab's proposals they will make, and the proposal in the learner's words), then the
 * proposal beside the prediction and a note on the gap. The proposal stays hidden until the
 * learner has predicted. `options` are every committee's proposal in a few words
 * (`proposalOptions`), the same for each path.
 */
export default function CommitteePath(props: {
  labId: string;
  number: number;
  committee: LabCommitteeText;
  members: LabMember[];
  options: { id: string; label: string }[];
  /** Committee names by id, to say whose proposal a wrong pick was. */
  names: Record<string, string>;
}) {
  const { labId, number, committee: c, members, options, names } = props;
  const blocks = committeeBlocks(c, options);
  const { revealed: revealedSet, reveal, ready } = useRevealed(labId);
  const diagnosisKey = labKey(labId, labPaths.prediction(c.id, 'diagnosis'));
  const pickKey = labKey(labId, labPaths.prediction(c.id, 'pick'));
  const proposalKey = labKey(labId, labPaths.prediction(c.id, 'proposal'));
  const comparisonKey = labKey(labId, labPaths.comparison(c.id));
  const predictedDiagnosis = useAnswer(diagnosisKey, 'text').value ?? '';
  const predictedProposal = useAnswer(proposalKey, 'text').value ?? '';
  const picked = useAnswer(pickKey, 'choice').value?.[0];
  const pickedOption = options.find((o) => o.id === picked);
  const compared = (useAnswer(comparisonKey, 'text').value ?? '').trim() !== '';
  const revealed = ready && revealedSet.has(c.id);
  const predicted = predictedDiagnosis.trim() !== '' || predictedProposal.trim() !== '' || pickedOption !== undefined;
  const [nudge, setNudge] = useState(false);
  const revealHeading = useRef<HTMLHeadingElement>(null);
  const id = `path-${c.id}`;

  const status = !ready
    ? null
    : revealed
      ? compared
        ? { label: 'Compared', cls: 'done' }
        : { label: 'Proposal revealed', cls: 'started' }
      : predicted
        ? { label: 'Prediction written', cls: 'started' }
        : { label: 'Not started', cls: '' };

  return (
    <details className="lab-path card" id={id} data-committee={c.id}>
      <summary>
        <span className="lab-path-number">Path {number}</span>
        <span className="lab-path-name">{c.name}</span>
        <span className="lab-path-meta">
          {members.length} at the table
          {status && <span className={`badge ${status.cls}`}>{status.label}</span>}
        </span>
      </summary>
      <div className="lab-path-body">
        <h3 id={`${id}-table`}>Who is at the table</h3>
        <ul className="lab-members">
          {members.map((m) => (
            <li key={m.id}>
              <MemberEntry member={m}>
                <MemberField member={m} field="name">
                  <strong>{m.name}</strong>
                </MemberField>
                : <MemberRole member={m} />
              </MemberEntry>
            </li>
          ))}
        </ul>
        <h3>How the meetings went</h3>
        {c.meetings.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        <div className="print-only lab-print-proposal">
          <h3>What they proposed</h3>
          <p>{c.proposal}</p>
        </div>
        {!revealed ? (
          <div className="lab-predict no-print" key="predict">
            <h3>Predict before you read on</h3>
            <p className="block-help">
              Write what you expect this group to conclude, or pick the proposal you expect, before its proposal is shown. A rough guess is fine; the comparison
              is the point.
            </p>
            <LabText key={diagnosisKey} storageKey={diagnosisKey} block={blocks.diagnosis} errorId={nudge && !predicted ? `${id}-nudge` : undefined} />
            <LabChoice key={pickKey} storageKey={pickKey} block={blocks.pick} />
            <LabText key={proposalKey} storageKey={proposalKey} block={blocks.proposal} errorId={nudge && !predicted ? `${id}-nudge` : undefined} />
            <p className="save-status" aria-live="polite" id={`${id}-nudge`}>
              {nudge && !predicted ? 'Write or pick at least one prediction first, even a rough one.' : ''}
            </p>
            <button
              type="button"
              className="primary"
              disabled={!ready}
              aria-describedby={nudge && !predicted ? `${id}-nudge` : undefined}
              onClick={(e) => {
                // Read through the store's pending writes: the fields save after a short pause.
                const written =
                  [diagnosisKey, proposalKey].some((k) => (valueFor('text', getAnswer(k)) ?? '').trim() !== '') ||
                  (valueFor('choice', getAnswer(pickKey)) ?? []).length > 0;
                if (!written) {
                  setNudge(true);
                  e.currentTarget.closest('.lab-predict')?.querySelector('textarea')?.focus();
                  return;
                }
                reveal(c.id);
                requestAnimationFrame(() => revealHeading.current?.focus());
              }}
            >
              Reveal the proposal
            </button>
          </div>
        ) : (
          <div className="lab-reveal no-print" key="reveal">
            <h3 ref={revealHeading} tabIndex={-1}>
              Your prediction and what they proposed
            </h3>
            <div className="lab-compare-pair">
              <section className="lab-mine" aria-labelledby={`${id}-mine`}>
                <h4 id={`${id}-mine`}>Your prediction</h4>
                <p className="lab-kicker">The problem, as you expected them to see it</p>
                <p className="pre">{predictedDiagnosis.trim() || <em>No prediction written.</em>}</p>
                <p className="lab-kicker">The proposal you picked</p>
                <p data-lab-picked={pickedOption?.id}>
                  {pickedOption ? (
                    <>
                      {pickedOption.label}.{' '}
                      <strong>
                        {pickedOption.id === c.id ? 'Theirs.' : `Not theirs: it was the proposal of “${names[pickedOption.id] ?? pickedOption.id}”.`}
                      </strong>
                    </>
                  ) : (
                    <em>No proposal picked.</em>
                  )}
                </p>
                <p className="lab-kicker">What you expected them to propose</p>
                <p className="pre">{predictedProposal.trim() || <em>No prediction written.</em>}</p>
              </section>
              <section className="lab-theirs" aria-labelledby={`${id}-theirs`}>
                <h4 id={`${id}-theirs`}>Their proposal</h4>
                <p>{c.proposal}</p>
                <p className="lab-kicker">The diagnosis the proposal implies, in the course's reading</p>
                <p>{c.diagnosis}</p>
              </section>
            </div>
            <LabText key={comparisonKey} storageKey={comparisonKey} block={blocks.comparison} />
          </div>
        )}
      </div>
    </details>
  );
}
