import { useStore } from '@nanostores/react';
import { useMemo, useState } from 'react';
import { answerKey, valueFor, type AnswerValue } from '../answers';
import { buildAdviceGraph, describeGraph, personKey, type AdviceGraph, type AdviceSource, type GridAnswerLike, type PersonNode } from '../../lib/network';
import { chartTree, describeChart, descendantsOf, effectiveParents, placeOnChart, type ChartNode, type Position } from '../../lib/org-chart';
import { $answers } from '../../stores/answers';
import { NetworkMap } from '../../components/diagrams/NetworkMap';
import { OrgChart } from '../../components/diagrams/OrgChart';
import type { EditorProps } from '../../components/worksheet/types';
import { useHydrated } from '../../components/worksheet/useAnswer';
import { BlockFrame } from '../../components/worksheet/BlockFrame';
import { newId } from '../../lib/ids';

type OrgValue = AnswerValue<'advice-network'>;

const listText = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

interface GridDef {
  id: string;
  topic: string;
  key: string;
  rows: { id: string; label: string }[];
  columns: { id: string; label: string }[];
}

/**
 * Activity 2's two maps of one school. The advice network is drawn from the learner's topic
 * grids (read only, live as they change); the organization chart is this block's own answer.
 * Tables list every node and tie, and line up how often each person is named with their place
 * on the chart.
 */
export function AdviceNetworkBlock(props: EditorProps<'advice-network'>) {
  const { block, value, onChange, htmlId, disabled, context } = props;
  const { worksheetId, blocks } = context;
  const hydrated = useHydrated();

  const grids = useMemo<GridDef[]>(
    () =>
      block.sources.flatMap((s) => {
        const g = blocks.find((b) => b.id === s.block);
        return g && g.type === 'grid' ? [{ id: g.id, topic: s.topic, key: answerKey(worksheetId, g.id), rows: g.rows, columns: g.columns }] : [];
      }),
    [block.sources, blocks, worksheetId],
  );
  const answers = useStore($answers, { keys: grids.map((g) => g.key) });
  const [shown, setShown] = useState<string[]>(() => grids.map((g) => g.id));
  const [selected, setSelected] = useState<string>();

  // A plain-data signature of what the graph depends on, so the graph (and its layout) is
  // rebuilt only when a grid answer or the topic filter really changes.
  const signature = JSON.stringify({
    values: grids.map((g) => (hydrated ? (valueFor('grid', answers[g.key]) ?? null) : null)),
    shown,
  });
  const graph: AdviceGraph = useMemo(() => {
    const { values, shown: topics } = JSON.parse(signature) as { values: (GridAnswerLike | null)[]; shown: string[] };
    const sources: AdviceSource[] = grids.map((g, i) => ({ id: g.id, topic: g.topic, rows: g.rows, columns: g.columns, value: values[i] ?? undefined }));
    return buildAdviceGraph(sources, topics);
  }, [signature, grids]);

  const starter: Position[] = block.starter.map((s) => ({ id: s.id, title: s.title, person: '', reportsTo: s.reportsTo ?? '' }));
  const positions: Position[] = value ? value.positions : starter;
  const save = (next: Position[]) => onChange({ positions: next } satisfies OrgValue);

  const placements = placeOnChart(graph.people, positions);
  const onChart = new Set(placements.filter((p) => p.positions.length > 0).map((p) => p.person.id));
  const countByKey = new Map(graph.people.map((p) => [p.key, p.count]));
  const topicName = (id: string) => grids.find((g) => g.id === id)?.topic ?? id;
  const roleName = (id: string) => graph.roles.find((r) => r.id === id)?.label ?? id;
  const personName = (id: string) => graph.people.find((p) => p.id === id)?.name ?? id;
  const shownTopics = grids.filter((g) => shown.includes(g.id)).map((g) => g.topic);
  const mapSentence = describeGraph(graph, shownTopics);
  const chartSentence = describeChart(positions);
  const selectedStillThere = selected && (graph.people.some((p) => p.id === selected) || graph.roles.some((r) => r.id === selected)) ? selected : undefined;

  return (
    <BlockFrame block={block} htmlId={htmlId} as="group" className="network-block">
      <fieldset className="network-filter no-print">
        <legend>Topics on the map</legend>
        {grids.map((g) => (
          <span key={g.id} className="check-option">
            <input
              type="checkbox"
              id={`${htmlId}-topic-${g.id}`}
              checked={shown.includes(g.id)}
              onChange={(e) => setShown(grids.map((x) => x.id).filter((id) => (id === g.id ? e.target.checked : shown.includes(id))))}
            />
            <label htmlFor={`${htmlId}-topic-${g.id}`}>{g.topic}</label>
          </span>
        ))}
      </fieldset>

      <div className="two-maps">
        <figure className="network-figure">
          <h4>Who asks whom for advice</h4>
          <div className="map-scroll" tabIndex={0} role="group" aria-label="Advice network map, scrolls sideways on small screens">
            <NetworkMap id={`${htmlId}-map`} graph={graph} description={mapSentence} selected={selectedStillThere} onSelect={setSelected} onChart={onChart} />
          </div>
          <figcaption>
            <p data-network-sentence>{mapSentence}</p>
            <p className="block-help">
              Squares are the roles you imagined; circles are the people they would ask, larger the more often named (the number inside). A second ring marks
              someone who holds a position on your chart. Click a shape, or use the buttons in the tables, to pick out its ties.
            </p>
          </figcaption>
        </figure>
        <figure className="org-figure">
          <h4>Your organization chart</h4>
          <OrgChart id={`${htmlId}-org`} positions={positions} description={chartSentence} namedCount={(person) => countByKey.get(personKey(person))} />
          <figcaption>
            <p>{chartSentence}</p>
            <p className="block-help">A box shows the position, who holds it and, after the dot, how many times your grids name that person.</p>
            {positions.length > 0 && (
              <div className="org-tree" data-org-tree>
                <p id={`${htmlId}-org-tree`}>Who reports to whom:</p>
                <OrgTree nodes={chartTree(positions)} labelledBy={`${htmlId}-org-tree`} />
              </div>
            )}
          </figcaption>
        </figure>
      </div>

      <div aria-live="polite" className="network-selection">
        {selectedStillThere && <SelectionText id={selectedStillThere} graph={graph} placements={placements} topicName={topicName} roleName={roleName} />}
      </div>

      <div className="table-wrap" tabIndex={0} role="group" aria-label="People on the map: table, scrolls sideways on small screens">
        <table className="network-table" data-network-people>
          <caption>People on the map, most sought first, with their place on your chart</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Times named</th>
              <th scope="col">Asked by</th>
              <th scope="col">Topics</th>
              <th scope="col">Title you wrote</th>
              <th scope="col">Position on your chart</th>
            </tr>
          </thead>
          <tbody>
            {placements.map(({ person, positions: held }) => (
              <tr key={person.id} data-person={person.key}>
                <th scope="row">
                  {person.name}{' '}
                  <span className="no-print">
                    <ShowButton id={person.id} name={person.name} selected={selectedStillThere} onSelect={setSelected} />
                  </span>
                </th>
                <td>{person.count}</td>
                <td>{person.askedBy.map(roleName).join('; ')}</td>
                <td>{person.topics.map(topicName).join('; ')}</td>
                <td>{person.titles.join('; ') || '—'}</td>
                <td>{held.length ? held.map((h) => `${h.title || 'Untitled position'} (level ${h.depth + 1})`).join('; ') : 'Not on the chart'}</td>
              </tr>
            ))}
            {graph.people.length === 0 && (
              <tr>
                <td colSpan={6}>Nobody yet. Names you write in the advice grids above appear here.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>

      {graph.roles.length > 0 && (
        <div className="network-roles no-print" role="group" aria-label="Roles on the map">
          <span className="block-help">Roles on the map:</span>
          {graph.roles.map((r) => (
            <span key={r.id} className="network-role">
              {r.label} (gives {r.asks} {r.asks === 1 ? 'name' : 'names'}){' '}
              <ShowButton id={r.id} name={r.label} selected={selectedStillThere} onSelect={setSelected} />
            </span>
          ))}
        </div>
      )}

      <div className="table-wrap" tabIndex={0} role="group" aria-label="Advice ties: table, scrolls sideways on small screens">
        <table className="network-table" data-network-ties>
          <caption>Advice ties: who would ask whom</caption>
          <thead>
            <tr>
              <th scope="col">Who asks</th>
              <th scope="col">Whom</th>
              <th scope="col">Times</th>
              <th scope="col">Topics</th>
            </tr>
          </thead>
          <tbody>
            {graph.ties.map((t) => (
              <tr key={t.id} className={selectedStillThere && (t.source === selectedStillThere || t.target === selectedStillThere) ? 'on' : undefined}>
                <th scope="row">{roleName(t.source)}</th>
                <td>{personName(t.target)}</td>
                <td>{t.weight}</td>
                <td>{t.topics.map(topicName).join('; ')}</td>
              </tr>
            ))}
            {graph.ties.length === 0 && (
              <tr>
                <td colSpan={4}>No ties yet.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>

      <ChartEditor htmlId={htmlId} positions={positions} people={graph.people} placedIds={onChart} disabled={disabled} save={save} />
    </BlockFrame>
  );
}

function ShowButton(props: { id: string; name: string; selected: string | undefined; onSelect: (id: string | undefined) => void }) {
  const on = props.selected === props.id;
  return (
    <button type="button" className="small-button" aria-pressed={on} onClick={() => props.onSelect(on ? undefined : props.id)}>
      Show<span className="visually-hidden"> {props.name} on the map</span>
    </button>
  );
}

function SelectionText(props: {
  id: string;
  graph: AdviceGraph;
  placements: ReturnType<typeof placeOnChart>;
  topicName: (id: string) => string;
  roleName: (id: string) => string;
}) {
  const { id, graph, placements, topicName, roleName } = props;
  const role = graph.roles.find((r) => r.id === id);
  if (role) {
    const asked = graph.ties.filter((t) => t.source === id).map((t) => graph.people.find((p) => p.id === t.target)?.name ?? '');
    return (
      <p className="feedback" data-selection={id}>
        <strong>{role.label}</strong> would ask {listText(asked)}.
      </p>
    );
  }
  const placement = placements.find((p) => p.person.id === id);
  if (!placement) return null;
  const p: PersonNode = placement.person;
  return (
    <p className="feedback" data-selection={id}>
      <strong>{p.name}</strong> is named {p.count} {p.count === 1 ? 'time' : 'times'}, by {listText(p.askedBy.map(roleName)).toLowerCase()}, on{' '}
      {listText(p.topics.map(topicName)).toLowerCase()}.{' '}
      {placement.positions.length
        ? `On your chart: ${placement.positions.map((h) => `${h.title || 'an untitled position'}, level ${h.depth + 1}`).join('; ')}.`
        : 'Not on your chart.'}
    </p>
  );
}

function ChartEditor(props: {
  htmlId: string;
  positions: Position[];
  people: PersonNode[];
  placedIds: ReadonlySet<string>;
  disabled: boolean;
  save: (next: Position[]) => void;
}) {
  const { htmlId, positions, people, placedIds, disabled, save } = props;
  const parents = effectiveParents(positions);
  const focus = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  const set = (id: string, patch: Partial<Position>) => save(positions.map((p) => (p.id === id ? { ...p, ...patch } : p)));
  const add = (p: Omit<Position, 'id'>, focusOn: 'title' | 'reports' = 'title') => {
    const id = newId('pos-');
    save([...positions, { id, ...p }]);
    focus(`${htmlId}-${id}-${focusOn}`);
  };
  const remove = (id: string) => {
    const up = parents.get(id) ?? '';
    save(positions.filter((p) => p.id !== id).map((p) => (p.reportsTo === id ? { ...p, reportsTo: up } : p)));
    focus(`${htmlId}-add-position`);
  };
  const name = (p: Position) => `${p.title || 'Untitled position'}${p.person ? ` (${p.person})` : ''}`;
  const unplaced = people.filter((p) => !placedIds.has(p.id));

  return (
    <div className="org-editor">
      <h4>Build your organization chart</h4>
      <p className="block-help">
        One position per row. Write who holds it (the same name you used in the grids, so the two maps line up) and whom it reports to.
      </p>
      <datalist id={`${htmlId}-people`}>
        {people.map((p) => (
          <option key={p.id} value={p.name} />
        ))}
      </datalist>
      <div className="table-wrap" tabIndex={0} role="group" aria-label="Positions on your chart: table, scrolls sideways on small screens">
        <table className="org-table">
          <caption className="visually-hidden">Positions on your chart</caption>
          <thead>
            <tr>
              <th scope="col">Position</th>
              <th scope="col">Who holds it</th>
              <th scope="col">Reports to</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {positions.map((p, i) => {
              const below = descendantsOf(positions, p.id);
              const label = p.title || `position ${i + 1}`;
              return (
                <tr key={p.id} data-position-row={p.id}>
                  <td>
                    <input
                      type="text"
                      id={`${htmlId}-${p.id}-title`}
                      aria-label={`Position ${i + 1}: title`}
                      value={p.title}
                      disabled={disabled}
                      onChange={(e) => set(p.id, { title: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      type="text"
                      list={`${htmlId}-people`}
                      id={`${htmlId}-${p.id}-person`}
                      aria-label={`Who holds ${label}`}
                      value={p.person}
                      disabled={disabled}
                      onChange={(e) => set(p.id, { person: e.target.value })}
                    />
                  </td>
                  <td>
                    <select
                      id={`${htmlId}-${p.id}-reports`}
                      aria-label={`Whom ${label} reports to`}
                      value={parents.get(p.id) ?? ''}
                      disabled={disabled}
                      onChange={(e) => set(p.id, { reportsTo: e.target.value })}
                    >
                      <option value="">Nobody: top of the chart</option>
                      {positions
                        .filter((o) => o.id !== p.id && !below.has(o.id))
                        .map((o) => (
                          <option key={o.id} value={o.id}>
                            {name(o)}
                          </option>
                        ))}
                    </select>
                  </td>
                  <td>
                    <button type="button" className="icon-button" disabled={disabled} aria-label={`Remove ${label}`} onClick={() => remove(p.id)}>
                      ✕
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="row">
        <button type="button" id={`${htmlId}-add-position`} disabled={disabled} onClick={() => add({ title: '', person: '', reportsTo: '' })}>
          + Add a position
        </button>
      </div>
      {unplaced.length > 0 && (
        <div className="org-unplaced no-print" role="group" aria-label="People from the map not yet on the chart">
          <p className="block-help">People from the map not yet on your chart:</p>
          {unplaced.map((p) => (
            <button key={p.id} type="button" disabled={disabled} onClick={() => add({ title: p.titles[0] ?? '', person: p.name, reportsTo: '' }, 'reports')}>
              + Place {p.name}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

/** The chart's structure as nested lists: each position, who holds it, and the positions that report to it. */
function OrgTree({ nodes, labelledBy }: { nodes: ChartNode[]; labelledBy?: string }) {
  return (
    <ul aria-labelledby={labelledBy}>
      {nodes.map((n) => (
        <li key={n.id}>
          {n.title || 'Untitled position'}
          {n.person ? `: ${n.person}` : ''}
          {n.reports.length > 0 && (
            <>
              {`, ${n.reports.length} ${n.reports.length === 1 ? 'report' : 'reports'}`}
              <OrgTree nodes={n.reports} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The registry's name for this type's editor (editors.tsx). */
export { AdviceNetworkBlock as Editor };
