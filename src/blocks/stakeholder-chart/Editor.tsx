import { Suspense, useState } from 'react';
import type { AnswerValue } from '../answers';
import { focusAfterRemoval, moveItem, restoreItem } from '../../lib/item-moves';
import { chartColumns, potentialLosses, type ChartColumnId } from './stakeholders';
import type { BlockProps, EditorProps, ScenarioText } from '../../components/worksheet/types';
import { BlockFrame } from '../../components/worksheet/BlockFrame';
import { MoveControls, UndoButton } from '../../components/worksheet/ItemControls';
import { newId } from '../../lib/ids';

type Charts = AnswerValue<'stakeholder-chart'>;
type Chart = Charts['charts'][number];
type Row = Chart['rows'][number];

const emptyRow = (): Row => ({ id: newId('s'), name: '', cells: {}, losses: [] });
const nameOf = (r: Row) => r.name.trim() || 'Unnamed stakeholder';
/** Focus an element once React has rendered the change that created it. */
const focusSoon = (find: () => HTMLElement | null | undefined) => requestAnimationFrame(() => find()?.focus());

/**
 * A stakeholder chart: one row per stakeholder, five columns. A grid on wide screens, one card
 * per stakeholder on narrow ones (CSS container query), a compare view that lines up one column
 * for every stakeholder, and a landscape page of its own in print. For a scenario chart the
 * case is shown above it; for "my challenges" the learner keeps several charts.
 */
export function StakeholderChartBlock(props: BlockProps<'stakeholder-chart'> & { scenario?: ScenarioText }) {
  const { block, value, onChange, htmlId, disabled, scenario } = props;
  const ownChallenges = !block.scenario;
  const [removed, setRemoved] = useState<{ chart: Chart; index: number } | null>(null);
  const seed = (): Chart => ({
    id: 'main',
    title: scenario?.title ?? '',
    challenge: '',
    rows: block.stakeholders.map((s) => ({ id: s.id, name: s.label, cells: {}, losses: [] })),
  });
  const charts: Chart[] = value?.charts.length ? value.charts : ownChallenges ? [] : [seed()];
  const save = (next: Chart[]) => onChange({ charts: next });
  const updateChart = (id: string, fn: (c: Chart) => Chart) => save(charts.map((c) => (c.id === id ? fn(c) : c)));
  const addChallenge = () => document.getElementById(`${htmlId}-add-challenge`);

  return (
    <BlockFrame block={block} htmlId={htmlId} as="group" className="stakeholder-block">
      {scenario && (
        <details className="chart-case" open>
          <summary>
            The case: <span className="chart-case-title">{scenario.title}</span>
          </summary>
          <div className="chart-case-text">
            {scenario.story.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
        </details>
      )}
      <details className="chart-guide no-print">
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
        // One chart at a time: each hydrates in its own slice of work, so six saved charts do not block the page in one task.
        <Suspense key={chart.id}>
          <ChartEditor
            chart={chart}
            htmlId={`${htmlId}-${chart.id}`}
            disabled={disabled}
            own={ownChallenges}
            number={i + 1}
            onChange={(fn) => updateChart(chart.id, fn)}
            onRemove={
              ownChallenges
                ? () => {
                    setRemoved({ chart, index: i });
                    save(charts.filter((c) => c.id !== chart.id));
                    focusSoon(addChallenge);
                  }
                : undefined
            }
          />
        </Suspense>
      ))}
      {ownChallenges && (
        <div className="chart-actions no-print">
          <p className="save-status" role="status">
            {removed ? `Removed challenge ${removed.index + 1}${removed.chart.title ? `: ${removed.chart.title}` : ''}.` : ''}
          </p>
          {removed && (
            <UndoButton
              onUndo={() => {
                save(restoreItem(charts, removed.chart, removed.index));
                setRemoved(null);
                focusSoon(() => document.getElementById(`${htmlId}-${removed.chart.id}-title`));
              }}
            />
          )}
          <button
            type="button"
            id={`${htmlId}-add-challenge`}
            disabled={disabled}
            onClick={() => {
              const id = newId('c');
              save([...charts, { id, title: '', challenge: '', rows: [emptyRow()] }]);
              setRemoved(null);
              focusSoon(() => document.getElementById(`${htmlId}-${id}-title`));
            }}
          >
            + Add {charts.length ? 'another' : 'a'} challenge
          </button>
        </div>
      )}
    </BlockFrame>
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
  const [status, setStatus] = useState('');
  const [removed, setRemoved] = useState<{ row: Row; index: number } | null>(null);
  const rows = chart.rows;
  const setRows = (next: Row[]) => onChange((c) => ({ ...c, rows: next }));
  const setRow = (id: string, fn: (r: Row) => Row) => onChange((c) => ({ ...c, rows: c.rows.map((r) => (r.id === id ? fn(r) : r)) }));
  const tableId = `${htmlId}-table`;
  const inRow = (rowId: string, selector: string) =>
    document.querySelector<HTMLElement>(`#${CSS.escape(tableId)} tr[data-row="${CSS.escape(rowId)}"] ${selector}`);
  const heading = own ? 'h5' : 'h4';
  const title = chart.title ? `: ${chart.title}` : '';

  const move = (i: number, dir: 'up' | 'down') => {
    const r = rows[i];
    if (!r) return;
    const to = dir === 'up' ? i - 1 : i + 1;
    setRows(moveItem(rows, i, to));
    setStatus(`${nameOf(r)} moved to row ${to + 1} of ${rows.length}.`);
    // Keep focus on the button that was pressed; at the top or bottom it is disabled, so take the other one.
    focusSoon(() => {
      const same = inRow(r.id, `[data-move="${dir}"]`);
      return same && !(same as HTMLButtonElement).disabled ? same : inRow(r.id, `[data-move="${dir === 'up' ? 'down' : 'up'}"]`);
    });
  };
  const remove = (i: number) => {
    const r = rows[i];
    if (!r) return;
    const next = rows.filter((x) => x.id !== r.id);
    setRows(next);
    setRemoved({ row: r, index: i });
    setStatus(`Removed ${nameOf(r)}.`);
    const target = next[focusAfterRemoval(i, next.length)];
    focusSoon(() => (target ? inRow(target.id, '[data-focus="name"]') : document.getElementById(`${htmlId}-add`)));
  };
  const add = () => {
    const row = emptyRow();
    setRows([...rows, row]);
    setView('chart');
    setRemoved(null);
    setStatus(`Added row ${rows.length + 1}. Type the stakeholder's name.`);
    focusSoon(() => inRow(row.id, '[data-focus="name"]'));
  };

  return (
    <div className="chart" role={own ? 'group' : undefined} aria-labelledby={own ? `${htmlId}-heading` : undefined}>
      {own ? (
        <div className="chart-head">
          <h4 id={`${htmlId}-heading`}>
            Challenge {number}
            {title}
          </h4>
          <label htmlFor={`${htmlId}-title`}>Short name for the challenge</label>
          <input
            type="text"
            id={`${htmlId}-title`}
            className="no-print"
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
          <p className="print-only pre">{chart.challenge}</p>
        </div>
      ) : null}
      <div className="chart-view no-print">
        <label htmlFor={`${htmlId}-view`}>Show</label>
        <select
          id={`${htmlId}-view`}
          value={view}
          disabled={disabled}
          onChange={(e) => {
            const next = e.target.value as typeof view;
            setView(next);
            const col = chartColumns.find((c) => c.id === next);
            setStatus(col ? `Comparing ${col.label.toLowerCase()} for ${rows.length} stakeholders.` : 'Showing the whole chart.');
          }}
        >
          <option value="chart">The whole chart</option>
          {chartColumns.map((c) => (
            <option key={c.id} value={c.id}>
              Compare: {c.label.toLowerCase()} side by side
            </option>
          ))}
        </select>
      </div>
      <div className={view === 'chart' ? 'chart-grid' : 'chart-grid screen-hidden'}>
        <table className="chart-table" id={tableId}>
          <caption className="visually-hidden">Stakeholder chart{title}</caption>
          <thead>
            <tr>
              <th scope="col">Stakeholder</th>
              {chartColumns.map((c) => (
                <th scope="col" key={c.id}>
                  {c.label}
                  {/* The questions are in "What each column asks"; read with every cell, they would drown the header. */}
                  <span className="chart-question" aria-hidden="true">
                    {c.question}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.id} data-row={r.id}>
                <th scope="row">
                  <label className="visually-hidden" htmlFor={`${htmlId}-${r.id}-name`}>
                    Stakeholder {i + 1} of {rows.length}: name
                  </label>
                  <textarea
                    id={`${htmlId}-${r.id}-name`}
                    data-focus="name"
                    className="chart-name no-print"
                    rows={1}
                    value={r.name}
                    placeholder="Who?"
                    disabled={disabled}
                    // A name is one line: Enter does not add a line break.
                    onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
                    onChange={(e) => setRow(r.id, (x) => ({ ...x, name: e.target.value.replace(/\s*\n\s*/g, ' ') }))}
                  />
                  <span className="print-only">{r.name}</span>
                  <span className="row-tools no-print">
                    <MoveControls name={nameOf(r)} index={i} count={rows.length} disabled={disabled} onMove={(to) => move(i, to)} onRemove={() => remove(i)} />
                  </span>
                </th>
                {chartColumns.map((c) => (
                  <td key={c.id} data-column={c.id}>
                    <span className="cell-label" aria-hidden="true">
                      {c.label}
                    </span>
                    <textarea
                      rows={2}
                      aria-label={`${nameOf(r)}: ${c.label}${c.id === 'losses' ? ', in your words' : ''}`}
                      value={r.cells[c.id] ?? ''}
                      disabled={disabled}
                      onChange={(e) => setRow(r.id, (x) => ({ ...x, cells: { ...x.cells, [c.id]: e.target.value } }))}
                    />
                    <span className="print-only pre">{r.cells[c.id] ?? ''}</span>
                    {c.id === 'losses' && (
                      <LossPicks row={r} htmlId={`${htmlId}-${r.id}`} disabled={disabled} onChange={(losses) => setRow(r.id, (x) => ({ ...x, losses }))} />
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {view !== 'chart' && <CompareView chart={chart} column={view} heading={heading} />}
      <div className="chart-actions no-print">
        <p className="save-status" role="status">
          {status}
        </p>
        {removed && (
          <UndoButton
            label={`Undo: put ${nameOf(removed.row)} back`}
            onUndo={() => {
              setRows(restoreItem(rows, removed.row, removed.index));
              setStatus(`Restored ${nameOf(removed.row)}.`);
              setRemoved(null);
              focusSoon(() => inRow(removed.row.id, '[data-focus="name"]'));
            }}
          />
        )}
        <button type="button" id={`${htmlId}-add`} disabled={disabled} onClick={add}>
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

/**
 * The report's potential losses as quick picks, folded away so fifteen checkboxes do not crowd
 * the tab order of every row (they are only in the page while open); picks show as badges.
 */
function LossPicks({ row, htmlId, disabled, onChange }: { row: Row; htmlId: string; disabled: boolean; onChange: (losses: string[]) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      {row.losses.length > 0 && (
        <p className="loss-badges">
          {row.losses.map((l) => (
            <span key={l} className="badge">
              {l}
            </span>
          ))}
        </p>
      )}
      <details className="loss-picks no-print" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          Quick picks<span className="visually-hidden"> of potential losses for {nameOf(row)}</span>
          {row.losses.length > 0 ? ` (${row.losses.length})` : ''}
        </summary>
        {open && (
          <fieldset>
            <legend className="visually-hidden">Potential losses for {nameOf(row)}</legend>
            {potentialLosses.map((loss) => {
              const id = `${htmlId}-loss-${loss}`;
              return (
                <span key={loss} className="loss-pick">
                  <input
                    type="checkbox"
                    id={id}
                    checked={row.losses.includes(loss)}
                    disabled={disabled}
                    onChange={(e) => onChange(e.target.checked ? [...row.losses, loss] : row.losses.filter((l) => l !== loss))}
                  />
                  <label htmlFor={id}>{loss}</label>
                </span>
              );
            })}
          </fieldset>
        )}
      </details>
    </>
  );
}

/** One column for every stakeholder, side by side, to see where losses and loyalties collide. */
function CompareView({ chart, column, heading: H }: { chart: Chart; column: ChartColumnId; heading: 'h4' | 'h5' }) {
  const col = chartColumns.find((c) => c.id === column)!;
  return (
    <div className="compare no-print">
      <p className="block-help">
        <strong>{col.label}.</strong> {col.question}
      </p>
      <ul className="compare-list">
        {chart.rows.map((r) => (
          <li key={r.id} className="card">
            <H>{nameOf(r)}</H>
            {column === 'losses' && r.losses.length > 0 && (
              <p className="loss-badges">
                {r.losses.map((l) => (
                  <span key={l} className="badge">
                    {l}
                  </span>
                ))}
              </p>
            )}
            <p className="pre">{r.cells[column]?.trim() || (column === 'losses' && r.losses.length ? '' : <em>Not filled in yet.</em>)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The registry's editor (editors.tsx): a scenario chart shows its case, from the worksheet's context. */
export function Editor(props: EditorProps<'stakeholder-chart'>) {
  const scenario = props.block.scenario ? props.context.scenarios[props.block.scenario] : undefined;
  return <StakeholderChartBlock {...props} {...(scenario ? { scenario } : {})} />;
}
