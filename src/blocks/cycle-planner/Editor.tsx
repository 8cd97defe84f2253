import type { AnswerValue } from '../answers';
import { cycleWarnings, inStage, namedParticipants, warningText } from '../../lib/cycle';
import { personKey } from '../../lib/network';
import { CycleDiagram } from '../../components/diagrams/CycleDiagram';
import type { BlockProps } from '../../components/worksheet/types';
import { BlockFrame } from '../../components/worksheet/BlockFrame';
import { newId } from '../../lib/ids';
import { TermList } from '../../components/worksheet/TermList';

type Plan = AnswerValue<'cycle-planner'>;
type Participant = Plan['participants'][number];

/**
 * The improvement cycle planner: a problem, then who takes part in each phase, as a table of
 * people (rows) by phases (tick boxes). Warns when the same small group runs every phase.
 */
export function CyclePlannerBlock({ block, value, onChange, htmlId, disabled }: BlockProps<'cycle-planner'>) {
  const plan: Plan = value ?? { problem: '', participants: [] };
  const rows = plan.participants;
  const save = (next: Partial<Plan>) => onChange({ ...plan, ...next });
  const setRow = (id: string, fn: (p: Participant) => Participant) => save({ participants: rows.map((p) => (p.id === id ? fn(p) : p)) });
  const focus = (selector: string) => requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
  const addRow = (name = '') => {
    const id = newId('p');
    save({ participants: [...rows, { id, name, stages: [] }] });
    focus(`#${CSS.escape(`${htmlId}-${id}-name`)}`);
  };
  const warnings = cycleWarnings(block.stages, rows, block.smallGroup);
  const counts = block.stages.map((s) => inStage(rows, s.id).length);
  const present = new Set(namedParticipants(rows).map((p) => personKey(p.name)));
  const description =
    namedParticipants(rows).length === 0
      ? 'Nobody is in the plan yet.'
      : block.stages
          .map((s) => {
            const names = inStage(rows, s.id);
            return `${s.label}: ${names.length ? names.join(', ') : 'nobody yet'}.`;
          })
          .join(' ');

  return (
    <BlockFrame block={block} htmlId={htmlId} as="group" className="cycle-block">
      <label htmlFor={`${htmlId}-problem`}>The problem you want to work on</label>
      <textarea id={`${htmlId}-problem`} rows={2} value={plan.problem} disabled={disabled} onChange={(e) => save({ problem: e.target.value })} />
      <TermList className="cycle-stages" terms={block.stages.map((s) => ({ id: s.id, label: s.label, note: s.help }))} />
      <div className="table-wrap" tabIndex={0} role="group" aria-label="Who takes part: table, scrolls sideways on small screens">
        <table className="cycle-table">
          <caption className="visually-hidden">Who takes part in each phase</caption>
          <thead>
            <tr>
              <th scope="col">Person or group</th>
              {block.stages.map((s) => (
                <th scope="col" key={s.id}>
                  {s.label}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p, i) => {
              const name = p.name.trim() || `person or group ${i + 1}`;
              return (
                <tr key={p.id}>
                  <th scope="row">
                    <input
                      type="text"
                      id={`${htmlId}-${p.id}-name`}
                      aria-label={`Person or group ${i + 1}`}
                      value={p.name}
                      disabled={disabled}
                      onChange={(e) => setRow(p.id, (x) => ({ ...x, name: e.target.value }))}
                    />
                  </th>
                  {block.stages.map((s) => (
                    <td key={s.id} className="cycle-check">
                      <span className="cycle-cell-label" aria-hidden="true">
                        {s.label}
                      </span>
                      <input
                        type="checkbox"
                        aria-label={`${name} takes part in ${s.label.toLowerCase()}`}
                        checked={p.stages.includes(s.id)}
                        disabled={disabled}
                        onChange={(e) =>
                          setRow(p.id, (x) => ({
                            ...x,
                            stages: block.stages.map((st) => st.id).filter((st) => (st === s.id ? e.target.checked : x.stages.includes(st))),
                          }))
                        }
                      />
                    </td>
                  ))}
                  <td className="cycle-remove">
                    <button
                      type="button"
                      className="icon-button"
                      disabled={disabled}
                      aria-label={`Remove ${name}`}
                      onClick={() => {
                        save({ participants: rows.filter((x) => x.id !== p.id) });
                        focus(`#${CSS.escape(`${htmlId}-add`)}`);
                      }}
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              );
            })}
            {rows.length === 0 && (
              <tr>
                <td colSpan={block.stages.length + 2} className="block-help">
                  No one yet: add the people or groups who will take part.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <div className="row cycle-add">
        <button type="button" id={`${htmlId}-add`} disabled={disabled} onClick={() => addRow()}>
          + Add a person or group
        </button>
      </div>
      {block.suggestions.length > 0 && (
        <div className="cycle-suggestions no-print" role="group" aria-label="Quick add">
          <span className="block-help">Quick add:</span>
          {block.suggestions.map((s) => (
            <button key={s} type="button" disabled={disabled || present.has(personKey(s))} onClick={() => addRow(s)}>
              + {s}
            </button>
          ))}
        </div>
      )}
      <div aria-live="polite" data-cycle-warnings>
        {warnings.map((w) => (
          <p
            key={w.kind === 'empty-stage' ? `${w.kind}-${w.stage.id}` : w.kind}
            className={w.kind === 'empty-stage' || w.kind === 'same-group' ? 'notice cycle-note' : 'notice'}
            data-warning={w.kind}
          >
            {warningText(w)}
          </p>
        ))}
      </div>
      <figure className="cycle-figure">
        <CycleDiagram id={`${htmlId}-cycle`} stages={block.stages} counts={counts} description={description} />
        <figcaption>Number of people or groups in each phase.</figcaption>
      </figure>
    </BlockFrame>
  );
}

/** The registry's name for this type's editor (editors.tsx). */
export { CyclePlannerBlock as Editor };
