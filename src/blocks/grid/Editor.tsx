import { useId } from 'react';
import type { AnswerValue } from '../answers';
import type { BlockProps } from '../../components/worksheet/types';
import { BlockFrame } from '../../components/worksheet/BlockFrame';
import { newId } from '../../lib/ids';

type Grid = AnswerValue<'grid'>;

/** Rows by columns of text cells; screen readers hear the row and column headers of each cell. */
export function GridBlock({ block, value, onChange, htmlId, disabled }: BlockProps<'grid'>) {
  const grid: Grid = value ?? { cells: {}, added: [] };
  const newRowId = useId();
  const setCell = (row: string, col: string, text: string) => onChange({ ...grid, cells: { ...grid.cells, [row]: { ...grid.cells[row], [col]: text } } });
  const rows = [...block.rows.map((r) => ({ ...r, own: false })), ...grid.added.map((r) => ({ ...r, own: true }))];

  const addRow = () => {
    const id = newId('row-');
    onChange({ ...grid, added: [...grid.added, { id, label: '' }] });
    requestAnimationFrame(() => document.getElementById(`${htmlId}-${id}-label`)?.focus());
  };
  const removeRow = (id: string) => {
    const { [id]: _gone, ...cells } = grid.cells;
    onChange({ cells, added: grid.added.filter((r) => r.id !== id) });
  };

  return (
    <BlockFrame block={block} htmlId={htmlId} as="group">
      <div className="table-wrap grid-wrap" tabIndex={0} role="group" aria-labelledby={`${htmlId}-label`}>
        <table className="grid-table" aria-labelledby={`${htmlId}-label`} aria-describedby={block.help ? `${htmlId}-help` : undefined}>
          <thead>
            <tr>
              <th scope="col">{block.rowHeader}</th>
              {block.columns.map((c) => (
                <th scope="col" key={c.id} id={`${htmlId}-col-${c.id}`}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row" id={`${htmlId}-row-${r.id}`}>
                  {r.own ? (
                    <div className="row">
                      <input
                        type="text"
                        id={`${htmlId}-${r.id}-label`}
                        aria-label={`Name of your row`}
                        value={r.label}
                        disabled={disabled}
                        onChange={(e) => onChange({ ...grid, added: grid.added.map((x) => (x.id === r.id ? { ...x, label: e.target.value } : x)) })}
                      />
                      <button
                        type="button"
                        className="icon-button"
                        disabled={disabled}
                        aria-label={`Remove row ${r.label || 'without a name'}`}
                        onClick={() => removeRow(r.id)}
                      >
                        ✕
                      </button>
                    </div>
                  ) : (
                    r.label
                  )}
                </th>
                {block.columns.map((c) => (
                  // data-label: the column's name, shown above the cell when the grid is cards (grid.css).
                  <td key={c.id} data-label={c.label}>
                    <textarea
                      rows={2}
                      aria-label={`${r.label || 'Your row'}: ${c.label}`}
                      value={grid.cells[r.id]?.[c.id] ?? ''}
                      disabled={disabled}
                      onChange={(e) => setCell(r.id, c.id, e.target.value)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {block.addRows && (
        <button type="button" disabled={disabled} onClick={addRow} aria-describedby={newRowId}>
          + Add a row
        </button>
      )}
      <span hidden id={newRowId}>
        Adds a row you can name yourself
      </span>
    </BlockFrame>
  );
}

/** The registry's name for this type's editor (editors.tsx). */
export { GridBlock as Editor };
