import { useRef, useState } from 'react';
import { analyseTable, labKey, labPaths, planBlock, signalText, type LabData, type LabMember, type Power } from '../../lib/committee';
import { SavedLoading, useAnswer } from '../worksheet/useAnswer';
import { MemberEntry, MemberField, MemberRole } from './Illustrative';
import { LabText } from './LabText';
import type { RiskLinks } from '../../lib/lab-props';

const powerLabel: Record<Power, string> = { high: 'High power', medium: 'Some power', low: 'Little power' };
const names = (ms: LabMember[]) => ms.map((m) => m.name).join(', ');

/**
 * "Build your own committee": the learner seats members from the scenario's pool and reads what
 * the table brings: perspectives present, fragile and missing, who may go quiet, where views may
 * clash, and which risks to prepare for, each linked to its lesson and activity. Everything is
 * derived by analyseTable from the members' attributes in content; nothing here is scored.
 */
export default function CommitteeBuilder({ labId, lab, riskLinks }: { labId: string; lab: LabData; riskLinks: RiskLinks }) {
  const key = labKey(labId, labPaths.members);
  const { value, setValue, frame, ready } = useAnswer(key, 'checklist');
  const chosen = value ?? [];
  const a = analyseTable(lab, chosen);
  const perspectiveLabel = new Map(lab.perspectives.map((p) => [p.id, p.label]));
  const [cleared, setCleared] = useState<string[] | null>(null);
  // Said in a status line that is always in the page, so a screen reader hears each change.
  const [said, setSaid] = useState('');
  const poolRef = useRef<HTMLFieldSetElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const set = (ids: string[]) => setValue(lab.pool.map((m) => m.id).filter((id) => ids.includes(id)));
  const total = lab.perspectives.length;

  return (
    // Live before hydration like worksheet fields: a seat ticked early is replayed by useAnswer.
    <div className="lab-builder" {...frame}>
      <SavedLoading />
      <fieldset className="lab-pool" ref={poolRef}>
        <legend>Choose who sits at your table</legend>
        <p className="block-help">
          Tick members of the pool to seat them, untick to remove them. Members marked as invented were added for this lab; the case itself does not name them.
        </p>
        <div className="lab-presets" role="group" aria-labelledby="lab-presets-label">
          <span id="lab-presets-label">Seat everyone from:</span>
          {lab.committees.map((c) => (
            <button
              type="button"
              key={c.id}
              onClick={() => {
                set([...chosen, ...c.members]);
                setCleared(null);
                setSaid('');
              }}
            >
              {c.name}
            </button>
          ))}
          <button
            type="button"
            disabled={chosen.length === 0}
            onClick={() => {
              setCleared(chosen);
              setSaid(`Table cleared: ${chosen.length} ${chosen.length === 1 ? 'member' : 'members'} left it.`);
              set([]);
              // The button disables: focus goes to Undo, not to the page.
              requestAnimationFrame(() => undoRef.current?.focus());
            }}
          >
            Clear the table
          </button>
        </div>
        <div className={said ? 'notice' : undefined} data-lab-cleared>
          <span role="status">{said}</span>
          {cleared && (
            <>
              {' '}
              <button
                type="button"
                className="link"
                ref={undoRef}
                onClick={() => {
                  set(cleared);
                  setCleared(null);
                  setSaid(`Table restored: ${cleared.length} seated again.`);
                  requestAnimationFrame(() => poolRef.current?.querySelector<HTMLElement>('input:checked')?.focus());
                }}
              >
                Undo
              </button>
            </>
          )}
        </div>
        <ul className="lab-pool-list">
          {lab.pool.map((m) => {
            const id = `lab-pool-${m.id}`;
            return (
              <li key={m.id} className={chosen.includes(m.id) ? 'is-seated' : undefined}>
                <input
                  type="checkbox"
                  id={id}
                  checked={chosen.includes(m.id)}
                  aria-describedby={`${id}-about`}
                  onChange={(e) => {
                    set(e.target.checked ? [...chosen, m.id] : chosen.filter((x) => x !== m.id));
                    setCleared(null);
                    setSaid('');
                  }}
                />
                <div>
                  <MemberEntry member={m} block>
                    <MemberField member={m} field="name">
                      <label htmlFor={id}>{m.name}</label>
                    </MemberField>
                    <p id={`${id}-about`}>
                      <span className="lab-role">
                        <MemberRole member={m} />
                      </span>{' '}
                      <span className={`badge power-${m.power}`}>{powerLabel[m.power]}</span>{' '}
                      <span className="lab-tags">
                        {m.perspectives.map((p) => (
                          <span className="tag" key={p}>
                            {perspectiveLabel.get(p) ?? p}
                          </span>
                        ))}
                      </span>
                    </p>
                  </MemberEntry>
                </div>
              </li>
            );
          })}
        </ul>
        {ready && (
          <p className="lab-pool-summary">
            {a.members.length} seated · {a.present.length} of {total} perspectives · <a href="#lab-analysis-title">What your table brings</a>
          </p>
        )}
      </fieldset>

      <section className="lab-analysis" aria-labelledby="lab-analysis-title">
        <h3 id="lab-analysis-title" tabIndex={-1}>
          What your table brings
        </h3>
        <p className="lab-summary" role="status">
          {!ready
            ? 'Loading your saved committee…'
            : a.size === 'empty'
              ? 'Nobody is seated yet. Choose members from the pool.'
              : `${a.members.length} at the table · ${a.present.length} of ${total} perspectives present · ${a.risks.length} ${a.risks.length === 1 ? 'risk' : 'risks'} to prepare for`}
        </p>
        {ready && a.size !== 'empty' && (
          <>
            {a.size === 'small' && <p className="lab-note">A table this small can move quickly, but it can only see the problem from a few places.</p>}
            {a.size === 'large' && (
              <p className="lab-note">A table this large is hard to run as one conversation; plan small groups so everyone can be heard.</p>
            )}

            <h4>Perspectives present</h4>
            <ul className="lab-perspectives" data-list="present">
              {a.present.map((p) => (
                <li key={p.perspective.id} data-perspective={p.perspective.id}>
                  <strong>{p.perspective.label}</strong>
                  {p.atRisk && <span className="badge started">May go unheard</span>}: {names(p.members)}
                </li>
              ))}
            </ul>

            <h4>Perspectives missing</h4>
            {a.missing.length === 0 ? (
              <p>Every perspective in the pool is at your table.</p>
            ) : (
              <ul className="lab-perspectives" data-list="missing">
                {a.missing.map((p) => (
                  <li key={p.perspective.id} data-perspective={p.perspective.id}>
                    <strong>{p.perspective.label}</strong>: <span className="lab-desc">{p.perspective.description}</span>
                    {p.couldBring.length > 0 && <span className="lab-could"> Could be brought by {names(p.couldBring)}.</span>}
                  </li>
                ))}
              </ul>
            )}

            <h4>Power at the table</h4>
            <p>
              {(['high', 'medium', 'low'] as const)
                .filter((p) => a.powerCounts[p] > 0)
                .map((p) => `${powerLabel[p].toLowerCase()}: ${a.powerCounts[p]}`)
                .join(' · ')}
            </p>
            {a.quiet.length === 0 ? (
              <p>
                Everyone at this table holds similar power, so no one is obviously placed to defer to the others. Equal standing is not the same as a range of
                views.
              </p>
            ) : (
              <>
                <p>
                  People with less power tend to defer to those with more, speak only when asked, or hold back what they think the powerful will not want to
                  hear. {names(a.dominant)} {a.dominant.length === 1 ? 'holds' : 'hold'} the most power here, so{' '}
                  {a.dominant.length === 1 ? 'that view' : 'their views'} may set the tone.
                </p>
                <ul data-list="quiet">
                  {a.quiet.map((q) => (
                    <li key={q.member.id}>
                      <strong>{q.member.name}</strong> {q.likelihood === 'likely' ? 'is likely to go quiet' : 'may hold back'}, sitting with {names(q.above)}.
                    </li>
                  ))}
                </ul>
              </>
            )}
            {a.loneVoices.length > 0 && (
              <p>
                Lone voices:{' '}
                {a.loneVoices.map((l, i) => (
                  <span key={l.perspective.id}>
                    {i > 0 && '; '}
                    {l.member.name} is the only one bringing {l.perspective.label.toLowerCase()}
                  </span>
                ))}
                . One person with little power rarely carries a view alone; a second member who shares it helps.
              </p>
            )}

            {(a.tensions.length > 0 || a.sharedViews.length > 0) && <h4>Where views may clash, or go unchallenged</h4>}
            {a.tensions.length > 0 && (
              <ul data-list="tensions">
                {a.tensions.map((t) => (
                  <li key={`${t.a.id}-${t.b.id}`}>
                    {t.a.label} ({names(t.sideA)}) and {t.b.label.toLowerCase()} ({names(t.sideB)}) often pull in different directions.
                    {t.bridges.length > 0 &&
                      ` ${names(t.bridges)} ${t.bridges.length === 1 ? 'belongs' : 'belong'} to both and may help each side hear the other.`}
                  </li>
                ))}
              </ul>
            )}
            {a.sharedViews.length > 0 && (
              <p>
                Most of the table shares {a.sharedViews.map((s) => s.perspective.label.toLowerCase()).join(' and ')}. A discussion among people who see the
                problem from the same place can run smoothly and still leave its assumptions untouched.
              </p>
            )}

            <h4>Risks to prepare for</h4>
            {a.risks.length === 0 ? (
              <p>Nothing about this table points to a particular risk. The risks below can still arise.</p>
            ) : (
              <ul className="lab-risks" data-list="risks">
                {a.risks.map((r) => {
                  const links = riskLinks[r.risk.id];
                  return (
                    <li key={r.risk.id} className="card" data-risk={r.risk.id}>
                      <h5>{r.risk.label}</h5>
                      <p className="lab-why">
                        Why:{' '}
                        {[
                          ...r.signals.map((s) => signalText[s]),
                          ...(r.members.length ? [`${names(r.members)} ${r.members.length === 1 ? 'makes' : 'make'} it more likely.`] : []),
                        ].join(' ')}
                      </p>
                      <p>{r.risk.advice}</p>
                      {links && (
                        <p className="lab-links">
                          Learn: <a href={links.lesson.href}>{links.lesson.title}</a> · Practise: <a href={links.activity.href}>{links.activity.title}</a>
                        </p>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            {a.otherRisks.length > 0 && (
              <p className="lab-note">
                Less signalled by this table:{' '}
                {a.otherRisks.map((r, i) => {
                  const links = riskLinks[r.id];
                  return (
                    <span key={r.id}>
                      {i > 0 && '; '}
                      {links ? <a href={links.activity.href}>{r.label}</a> : r.label}
                    </span>
                  );
                })}
                .
              </p>
            )}

            {a.beyondCommittees.length > 0 && (
              <p>
                Your table brings {a.beyondCommittees.length === 1 ? 'a perspective' : 'perspectives'} none of the case's committees had:{' '}
                {a.beyondCommittees.map((p) => p.label).join('; ')}.
              </p>
            )}
          </>
        )}
        <LabText storageKey={labKey(labId, labPaths.plan)} block={planBlock} />
      </section>
    </div>
  );
}
