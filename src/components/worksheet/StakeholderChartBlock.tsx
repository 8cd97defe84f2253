import { useState } from 'react';
import type { AnswerValue } from '../../lib/answers';
import { chartColumns, potentialLosses, type ChartColumnId } from '../../lib/stakeholders';
import type { BlockProps, ScenarioText } from './types';

type Charts = AnswerValue<'stakeholder-chart'>;
type Chart = Charts['charts'][number];
type Row = Chart['rows'][number];

const newId = (p: string) => `${p}${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

/**
 * A stakeholder chart: one row per stakeholder, five columns. A table on wide screens, one
 * card per stakeholder on a phone (CSS), and a compare view that lines up one column for
 * every stakeholder. For "my challenges" the learner keeps several charts.
 */
export function StakeholderChartBlock(props: BlockProps<'stakeholder-chart'> & { scenario?: ScenarioText }) {
  const { block, value, onChange, htmlId, disabled, scenario } = props;
  const ownChallenges = !block.scenario;
  const seed = (): Chart => ({
    id: 'main',
    title: scenario?.title ?? '',
    challenge: '',
    rows: block.stakeholders.map((s) => ({ id: s.id, name: s.label, cells: {}, losses: [] })),
  });
  const charts: Chart[] = value?.charts.length ? value.charts : ownChallenges ? [] : [seed()];
  const save = (next: Chart[]) => onChange({ charts: next });
  const updateChart = (id: string, fn: (c: Chart) => Chart) => save(charts.map((c) => (c.id === id ? fn(c) : c)));

  return (
    <div className="block stakeholder-block" data-block={block.id} data-type="stakeholder-chart">
      <h3 className="block-label" style={{ marginTop: 0 }}>
        {block.label}
        {block.required && <span className="tag">Required</span>}
      </h3>
      {block.help && <p className="block-help">{block.help}</p>}
      <details className="chart-guide">
        <summary>What each column asks</summary>
        <dl>
          {chartColumns.map((c) => (
            <div key={c.id}>
              <dt>{c.label}</dt>
              <dd>{c.question}</dd>
            </div>
          ))}
        </dl>
      </details>
      {charts.map((chart, i) => (
        <ChartEditor
          key={chart.id}
          chart={chart}
          htmlId={`${htmlId}-${chart.id}`}
          disabled={disabled}
          own={ownChallenges}
          number={i + 1}
          onChange={(fn) => updateChart(chart.id, fn)}
          onRemove={ownChallenges ? () => save(charts.filter((c) => c.id !== chart.id)) : undefined}
        />
      ))}
      {ownChallenges && (
        <button
          type="button"
          disabled={disabled}
          onClick={() => {
            const id = newId('c');
            save([...charts, { id, title: '', challenge: '', rows: [{ id: newId('s'), name: '', cells: {}, losses: [] }] }]);
            requestAnimationFrame(() => document.getElementById(`${htmlId}-${id}-title`)?.focus());
          }}
        >
          + Add {charts.length ? 'another' : 'a'} challenge
        </button>
      )}
    </div>
  );
}

function ChartEditor(props: {
  chart: Chart;
  htmlId: string;
  disabled: boolean;
  own: boolean;
  number: number;
  onChange: (fn: (c: Chart) => Chart) => void;
  onRemove: (() => void) | undefined;
}) {
  const { chart, htmlId, disabled, own, number, onChange, onRemove } = props;
  const [view, setView] = useState<'chart' | ChartColumnId>('chart');
  const setRow = (id: string, fn: (r: Row) => Row) => onChange((c) => ({ ...c, rows: c.rows.map((r) => (r.id === id ? fn(r) : r)) }));
  const focus = (selector: string) => requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
  const move = (from: number, to: number) => {
    onChange((c) => {
      const rows = [...c.rows];
      const [r] = rows.splice(from, 1);
      if (r) rows.splice(to, 0, r);
      return { ...c, rows };
    });
    focus(`#${CSS.escape(htmlId)}-table tbody tr:nth-child(${to + 1}) [data-move="${to < from ? 'up' : 'down'}"]`);
  };
  const name = (r: Row) => r.name || 'Unnamed stakeholder';

  return (
    <div className="chart" role={own ? 'group' : undefined} aria-labelledby={own ? `${htmlId}-heading` : undefined}>
      {own ? (
        <div className="chart-head">
          <h4 id={`${htmlId}-heading`}>
            Challenge {number}
            {chart.title ? `: ${chart.title}` : ''}
          </h4>
          <label htmlFor={`${htmlId}-title`}>Short name for the challenge</label>
          <input
            type="text"
            id={`${htmlId}-title`}
            value={chart.title}
            disabled={disabled}
            onChange={(e) => onChange((c) => ({ ...c, title: e.target.value }))}
          />
          <label htmlFor={`${htmlId}-challenge`}>Describe the adaptive challenge in your school</label>
          <textarea
            id={`${htmlId}-challenge`}
            rows={3}
            value={chart.challenge}
            disabled={disabled}
            onChange={(e) => onChange((c) => ({ ...c, challenge: e.target.value }))}
          />
        </div>
      ) : null}
      <div className="row no-print" role="group" aria-label="View">
        <label htmlFor={`${htmlId}-view`}>Show</label>
        <select id={`${htmlId}-view`} value={view} onChange={(e) => setView(e.target.value as typeof view)} style={{ maxWidth: '22rem' }}>
          <option value="chart">The whole chart</option>
          {chartColumns.map((c) => (
            <option key={c.id} value={c.id}>
              Compare: {c.label.toLowerCase()} side by side
            </option>
          ))}
        </select>
      </div>
      {view === 'chart' ? (
        <div
          className="table-wrap"
          tabIndex={0}
          role="group"
          aria-label={`Stakeholder chart${chart.title ? `: ${chart.title}` : ''}, scrolls sideways on small screens`}
        >
          <table className="chart-table" id={`${htmlId}-table`}>
            <caption className="visually-hidden">Stakeholder chart{chart.title ? `: ${chart.title}` : ''}</caption>
            <thead>
              <tr>
                <th scope="col">Stakeholder</th>
                {chartColumns.map((c) => (
                  <th scope="col" key={c.id} title={c.question}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chart.rows.map((r, i) => (
                <tr key={r.id}>
                  <th scope="row">
                    <input
                      type="text"
                      aria-label={`Stakeholder ${i + 1} name`}
                      value={r.name}
                      disabled={disabled}
                      onChange={(e) => setRow(r.id, (x) => ({ ...x, name: e.target.value }))}
                    />
                    <span className="row row-tools">
                      <button
                        type="button"
                        className="icon-button"
                        data-move="up"
                        disabled={disabled || i === 0}
                        aria-label={`Move ${name(r)} up`}
                        onClick={() => move(i, i - 1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        data-move="down"
                        disabled={disabled || i === chart.rows.length - 1}
                        aria-label={`Move ${name(r)} down`}
                        onClick={() => move(i, i + 1)}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        disabled={disabled}
                        aria-label={`Remove ${name(r)}`}
                        onClick={() => {
                          onChange((c) => ({ ...c, rows: c.rows.filter((x) => x.id !== r.id) }));
                          focus(`#${CSS.escape(htmlId)}-add`);
                        }}
                      >
                        ✕
                      </button>
                    </span>
                  </th>
                  {chartColumns.map((c) => (
                    <td key={c.id}>
                      <span className="cell-label" aria-hidden="true">
                        {c.label}
                      </span>
                      {c.id === 'losses' && (
                        <fieldset className="loss-picks">
                          <legend className="visually-hidden">Quick picks of potential losses for {name(r)}</legend>
                          {potentialLosses.map((loss) => {
                            const id = `${htmlId}-${r.id}-loss-${loss}`;
                            return (
                              <span key={loss} className="loss-pick">
                                <input
                                  type="checkbox"
                                  id={id}
                                  checked={r.losses.includes(loss)}
                                  disabled={disabled}
                                  onChange={(e) =>
                                    setRow(r.id, (x) => ({
                                      ...x,
                                      losses: e.target.checked ? [...x.losses, loss] : x.losses.filter((l) => l !== loss),
                                    }))
                                  }
                                />
                                <label htmlFor={id}>{loss}</label>
                              </span>
                            );
                          })}
                        </fieldset>
                      )}
                      <textarea
                        rows={2}
                        aria-label={`${name(r)}: ${c.label}${c.id === 'losses' ? ', in your words' : ''}`}
                        value={r.cells[c.id] ?? ''}
                        disabled={disabled}
                        onChange={(e) => setRow(r.id, (x) => ({ ...x, cells: { ...x.cells, [c.id]: e.target.value } }))}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <CompareView chart={chart} column={view} />
      )}
      <div className="row">
        <button
          type="button"
          id={`${htmlId}-add`}
          disabled={disabled}
          onClick={() => {
            onChange((c) => ({ ...c, rows: [...c.rows, { id: newId('s'), name: '', cells: {}, losses: [] }] }));
            setView('chart');
            focus(`#${CSS.escape(htmlId)}-table tbody tr:last-child input[type=text]`);
          }}
        >
          + Add a stakeholder
        </button>
        {onRemove && (
          <button type="button" className="danger" disabled={disabled} onClick={onRemove}>
            Remove this challenge
          </button>
        )}
      </div>
    </div>
  );
}

/** One column for every stakeholder, to see where losses and loyalties collide. */
function CompareView({ chart, column }: { chart: Chart; column: ChartColumnId }) {
  const col = chartColumns.find((c) => c.id === column)!;
  return (
    <div className="compare" aria-live="polite">
      <p className="block-help">{col.question}</p>
      <ul className="card-list compare-list">
        {chart.rows.map((r) => (
          <li key={r.id} className="card">
            <h5>{r.name || 'Unnamed stakeholder'}</h5>
            {column === 'losses' && r.losses.length > 0 && (
              <p>
                {r.losses.map((l) => (
                  <span key={l} className="badge" style={{ marginRight: '0.3rem' }}>
                    {l}
                  </span>
                ))}
              </p>
            )}
            <p className="pre">{r.cells[column] || <em>Not filled in yet.</em>}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
