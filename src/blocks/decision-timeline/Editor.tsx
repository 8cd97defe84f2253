import { useState } from 'react';
import { describeTimeline, groupRoute, individualRoute, inputSpecs, resolveInputs, type InputId, type TimelineInputs } from './model';
import { CrossingChart, PhaseBars } from '../../components/diagrams/TimelineChart';
import type { BlockProps } from '../../components/worksheet/types';
import { labels } from './labels';
import { BlockFrame } from '../../components/worksheet/BlockFrame';
import { Announce } from '../../components/worksheet/Announce';

const main: InputId[] = ['people', 'explain', 'commit'];
const more: InputId[] = ['leaderDecide', 'groupSetup', 'groupPerPerson', 'followUp'];
const round = (n: number) => Math.round(n * 10) / 10;

/** Sashkin and Morris's decision time line as a model the learner can move. */
export function DecisionTimelineBlock({ block, value, onChange, htmlId, disabled }: BlockProps<'decision-timeline'>) {
  const saved = value?.inputs ?? {};
  const note = value?.note ?? '';
  const inputs = resolveInputs(block.defaults, saved);
  const sentence = describeTimeline(inputs);
  const set = (id: InputId, n: number) => {
    const next = resolveInputs(block.defaults, { ...saved, [id]: n });
    onChange({ inputs: { ...saved, [id]: next[id] }, note });
  };
  const field = (id: InputId) => <Field key={id} id={id} htmlId={htmlId} inputs={inputs} disabled={disabled} onSet={set} />;
  const solo = individualRoute(inputs);
  const group = groupRoute(inputs);

  return (
    <BlockFrame block={block} htmlId={htmlId} as="group" className="timeline-block">
      <div className="timeline-layout">
        <div className="timeline-inputs">
          <div className="timeline-fields">{main.map(field)}</div>
          <details className="timeline-more">
            <summary>Change the model&rsquo;s other assumptions</summary>
            <div className="timeline-fields">{more.map(field)}</div>
          </details>
          <button type="button" className="no-print" disabled={disabled || Object.keys(saved).length === 0} onClick={() => onChange({ inputs: {}, note })}>
            Back to the starting values
          </button>
        </div>
        <figure className="timeline-figure">
          <PhaseBars id={`${htmlId}-bars`} inputs={inputs} />
          <CrossingChart id={`${htmlId}-chart`} inputs={inputs} description={sentence} onPickPeople={disabled ? undefined : (n) => set('people', n)} />
          <figcaption>
            <span className="timeline-key">
              <span className="key-individual">solid line: leader decides alone</span>
              <span className="key-group">dashed line: group decides together</span>
            </span>
            <span className="no-print"> Click the chart to set the number of people.</span>
          </figcaption>
        </figure>
      </div>
      <p className="timeline-sentence" data-timeline-sentence>
        {sentence}
      </p>
      <Announce text={sentence} />
      <div className="table-wrap" tabIndex={0} role="group" aria-label="Time for each route: table, scrolls sideways on small screens">
        <table className="timeline-table">
          <caption>At {inputs.people} people who must commit (hours)</caption>
          <thead>
            <tr>
              <th scope="col">Route</th>
              <th scope="col">Deciding</th>
              <th scope="col">Explaining and winning commitment</th>
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Leader decides alone</th>
              <td>{round(solo.decide)}</td>
              <td>{round(solo.implement)}</td>
              <td>{round(solo.total)}</td>
            </tr>
            <tr>
              <th scope="row">Group decides together</th>
              <td>{round(group.decide)}</td>
              <td>{round(group.implement)}</td>
              <td>{round(group.total)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <div className="timeline-assumptions">
        <h4>What this model assumes</h4>
        <ul>
          {block.assumptions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </div>
      {block.notePrompt && (
        <>
          <label htmlFor={`${htmlId}-note`} className="timeline-note-label">
            {block.notePrompt}
          </label>
          <textarea id={`${htmlId}-note`} rows={3} value={note} disabled={disabled} onChange={(e) => onChange({ inputs: saved, note: e.target.value })} />
        </>
      )}
    </BlockFrame>
  );
}

function Field(props: { id: InputId; htmlId: string; inputs: TimelineInputs; disabled: boolean; onSet: (id: InputId, n: number) => void }) {
  const { id, htmlId, inputs, disabled, onSet } = props;
  const spec = inputSpecs[id];
  const fieldId = `${htmlId}-${id}`;
  const { label, unit } = labels[id];
  // What the learner is typing, kept while the field has focus so "0." can become "0.5".
  const [typing, setTyping] = useState<string>();
  return (
    <div className="allocation-row timeline-field">
      <label htmlFor={fieldId}>{label}</label>
      <input
        type="range"
        id={`${fieldId}-range`}
        aria-label={`${label} (slider)`}
        min={spec.min}
        max={spec.max}
        step={spec.step}
        value={inputs[id]}
        disabled={disabled}
        onChange={(e) => onSet(id, Number(e.target.value))}
      />
      <span className="row center">
        <input
          type="number"
          id={fieldId}
          min={spec.min}
          max={spec.max}
          step={spec.step}
          value={typing ?? inputs[id]}
          disabled={disabled}
          onChange={(e) => {
            setTyping(e.target.value);
            const n = Number(e.target.value);
            if (e.target.value.trim() !== '' && Number.isFinite(n)) onSet(id, n);
          }}
          onBlur={() => setTyping(undefined)}
        />
        <span aria-hidden="true">{unit}</span>
      </span>
    </div>
  );
}

/** The registry's name for this type's editor (editors.tsx). */
export { DecisionTimelineBlock as Editor };
