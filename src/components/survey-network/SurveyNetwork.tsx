/**
 * The leader sees the school (issue 29): per question, the advice network the staff described,
 * drawn beside the organisation chart from the roster, with its measures, its readings in plain
 * words and the hidden leaders; a filter by group, a person's ties picked out (by click, by the
 * person list or by the table's buttons), a table of everything the picture shows, an anonymised
 * view (role codes) for showing staff, and the files: ties and people as CSV, GraphML for
 * Gephi, the picture as SVG. graphology and the layout run in a Web Worker started with the
 * first question drawn (useNetworkAnalysis.ts), not with the page nor on its main thread.
 */
import { useId, useMemo, useState } from 'react';
import { describeChart } from '../../lib/org-chart';
import type { PersonResult, QuestionNetwork } from '../../lib/survey-network/measures';
import type { NetworkLayout } from '../../lib/survey-network/layout';
import { endAt, frequencyWords, graphml, labelled, networkSvg, peopleCsv, tiesCsv } from '../../lib/survey-network/export';
import { listText, readings } from '../../lib/survey-network/readings';
import { useNetworkAnalysis } from './useNetworkAnalysis';
import { roleCodes, rosterChart } from '../../lib/survey-network/people';
import type { SurveyResults } from '../../lib/survey/model';
import { OrgChart } from '../diagrams/OrgChart';
import { download, fileFailure, today } from '../../lib/download';
import './survey-network.css';

const short = (s: string, n = 22) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'survey';

export function SurveyNetwork({ results }: { results: SurveyResults }) {
  const id = useId().replace(/:/g, '');
  const [questionId, setQuestionId] = useState(results.questions[0]?.id ?? '');
  const question = results.questions.find((q) => q.id === questionId) ?? results.questions[0];
  const [anonymised, setAnonymised] = useState(false);
  const [group, setGroup] = useState('');
  const [selected, setSelected] = useState('');
  const [message, setMessage] = useState('');

  const computed = useNetworkAnalysis(results, question?.id);
  const failed = computed.failed;
  // Another question chosen: its own picture, not the last one's, once it is ready.
  const current = computed.network?.question.id === question?.id ? computed : {};
  const { network, layout } = current;
  const codes = useMemo(() => roleCodes(results.people), [results.people]);
  const label = (p: { id: string; name: string }) => (anonymised ? (codes.get(p.id) ?? '?') : p.name);
  const groups = useMemo(() => [...new Set(results.people.map((p) => p.group).filter(Boolean))].sort((a, b) => a.localeCompare(b)), [results.people]);
  const positions = rosterChart(results.people, label);
  const chartSentence = describeChart(positions);

  if (results.questions.length === 0 || !question) return <p className="notice">The survey has no questions, so there is no network to draw.</p>;

  const exportFile = (kind: 'ties' | 'people' | 'graphml' | 'svg') => {
    if (!network || !layout) return;
    const base = `advice-${slug(results.schoolName)}-${slug(question.id)}${anonymised ? '-anonymised' : ''}-${today()}`;
    try {
      if (kind === 'ties') download(`${base}-ties.csv`, tiesCsv(network, label, anonymised), 'text/csv');
      if (kind === 'people') download(`${base}-people.csv`, peopleCsv(network, label, anonymised), 'text/csv');
      if (kind === 'graphml') download(`${base}.graphml`, graphml(network, label, anonymised, results.schoolName), 'application/graphml+xml');
      if (kind === 'svg') download(`${base}.svg`, networkSvg(network, layout, label, `${results.schoolName}: ${question.prompt}`), 'image/svg+xml');
      setMessage('');
    } catch (e) {
      setMessage(fileFailure('file', e));
    }
  };

  return (
    <section className="survey-network" aria-labelledby={`${id}-heading`} data-survey-network>
      <h2 id={`${id}-heading`}>The school’s advice network</h2>
      <div className="survey-network-controls no-print">
        <span className="survey-network-field">
          <label htmlFor={`${id}-question`}>Question</label>
          <select id={`${id}-question`} value={question.id} onChange={(e) => setQuestionId(e.target.value)}>
            {results.questions.map((q) => (
              <option key={q.id} value={q.id}>
                {q.prompt}
              </option>
            ))}
          </select>
        </span>
        <span className="survey-network-field">
          <label htmlFor={`${id}-group`}>Group</label>
          <select id={`${id}-group`} value={group} onChange={(e) => setGroup(e.target.value)}>
            <option value="">Everyone</option>
            {groups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </span>
        <span className="survey-network-field">
          <label htmlFor={`${id}-person`}>Pick out a person’s ties</label>
          <select id={`${id}-person`} value={selected} onChange={(e) => setSelected(e.target.value)}>
            <option value="">Nobody</option>
            {results.people.map((p) => (
              <option key={p.id} value={p.id}>
                {label(p)}
                {p.role ? `, ${p.role}` : ''}
              </option>
            ))}
          </select>
        </span>
        <span className="check-option">
          <input type="checkbox" id={`${id}-anon`} checked={anonymised} onChange={(e) => setAnonymised(e.target.checked)} />
          <label htmlFor={`${id}-anon`}>Anonymised: role codes instead of names (for showing staff)</label>
        </span>
      </div>
      {anonymised && (
        <p className="block-help">
          Names are replaced by role codes (T1 is the first teacher on the roster, AP1 the first assistant principal). Someone who is the only holder of a role,
          or the only member of a small group, can still be recognised.
        </p>
      )}
      <h3 className="survey-network-question">{question.prompt}</h3>
      {failed && <p className="notice error">{failed}</p>}
      {!network || !layout ? (
        !failed && <p data-network-loading>Drawing the network…</p>
      ) : (
        <QuestionView
          id={id}
          network={network}
          layout={layout}
          label={label}
          group={group}
          selected={network.people.some((p) => p.id === selected) ? selected : ''}
          onSelect={setSelected}
          positions={positions}
          chartSentence={chartSentence}
          anonymised={anonymised}
          readingsOf={(n) => readings(n, label)}
          onExport={exportFile}
          message={message}
        />
      )}
    </section>
  );
}

export default SurveyNetwork;

function QuestionView(props: {
  id: string;
  network: QuestionNetwork;
  layout: NetworkLayout;
  label: (p: { id: string; name: string }) => string;
  group: string;
  selected: string;
  onSelect: (id: string) => void;
  positions: ReturnType<typeof rosterChart>;
  chartSentence: string;
  anonymised: boolean;
  readingsOf: (n: QuestionNetwork) => { kind: string; text: string }[];
  onExport: (kind: 'ties' | 'people' | 'graphml' | 'svg') => void;
  message: string;
}) {
  const { id, network, layout, label, group, selected, onSelect, positions, chartSentence, readingsOf, onExport, message } = props;
  const byId = new Map(network.people.map((p) => [p.id, p]));
  const name = (pid: string) => {
    const p = byId.get(pid);
    return p ? label(p) : pid;
  };
  const inGroup = (p: PersonResult | undefined) => !group || p?.group === group;
  // With a group chosen: its people, and the ties that touch them (the other end drawn faint).
  const ties = network.ties.filter((t) => inGroup(byId.get(t.from)) || inGroup(byId.get(t.to)));
  const touched = new Set(ties.flatMap((t) => [t.from, t.to]));
  const shown = network.people.filter((p) => inGroup(p) || touched.has(p.id));
  const tableRows = network.people.filter((p) => inGroup(p));
  const named = labelled(network);
  const near = new Set<string>(selected ? [selected, ...(byId.get(selected)?.soughtBy ?? []), ...(byId.get(selected)?.seeks ?? [])] : []);
  const readings = readingsOf(network);
  const hidden = network.hiddenLeaders.map((h) => byId.get(h)).filter((p): p is PersonResult => Boolean(p));
  const chosen = selected ? byId.get(selected) : undefined;
  const countByName = new Map(network.people.map((p) => [label(p), p.inDegree]));
  const mutual = new Set(network.mutualPairs.flatMap(([a, b]) => [`${a}>${b}`, `${b}>${a}`]));
  const description = `${readings.find((r) => r.kind === 'most-sought')?.text ?? ''} ${network.people.length} people, ${network.ties.length} ties. The tables below list every person and tie.`;

  return (
    <>
      <div className="survey-network-maps">
        <figure className="survey-network-figure">
          <div className="map-scroll" tabIndex={0} role="group" aria-label="Advice network picture, scrolls sideways on small screens">
            <svg
              className={selected ? 'survey-network-map has-selection' : 'survey-network-map'}
              viewBox={`0 0 ${layout.width} ${layout.height}`}
              role="img"
              aria-labelledby={`${id}-map-title`}
              aria-describedby={`${id}-map-desc`}
              data-network-map
              data-ready="true"
            >
              <title id={`${id}-map-title`}>Who goes to whom for advice</title>
              <desc id={`${id}-map-desc`}>{description}</desc>
              <defs>
                <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
                  <path d="M0,0 L10,5 L0,10 z" className="arrow-head" />
                </marker>
              </defs>
              <g className="ties">
                {ties.map((t) => {
                  const a = layout.nodes.get(t.from);
                  const b = layout.nodes.get(t.to);
                  if (!a || !b) return null;
                  const [x2, y2] = endAt(a, b);
                  const on = selected && (t.from === selected || t.to === selected);
                  return (
                    <line
                      key={`${t.from}>${t.to}`}
                      x1={a.x}
                      y1={a.y}
                      x2={x2}
                      y2={y2}
                      className={on ? 'tie on' : 'tie'}
                      strokeWidth={0.5 + t.frequency * 0.35}
                      markerEnd={`url(#${id}-arrow)`}
                      data-tie={`${t.from}>${t.to}`}
                    />
                  );
                })}
              </g>
              <g className="people">
                {shown.map((p) => {
                  const at = layout.nodes.get(p.id);
                  if (!at) return null;
                  const classes = [
                    'person',
                    p.formal ? 'formal' : '',
                    p.hiddenLeader ? 'hidden-leader' : '',
                    inGroup(p) ? '' : 'outside',
                    near.has(p.id) ? 'on' : '',
                  ]
                    .filter(Boolean)
                    .join(' ');
                  const right = at.x < layout.width * 0.75;
                  return (
                    <g key={p.id} className={classes} data-node={p.id} onClick={() => onSelect(selected === p.id ? '' : p.id)}>
                      {p.formal && <circle cx={at.x} cy={at.y} r={at.r + 3.5} className="formal-ring" />}
                      <circle cx={at.x} cy={at.y} r={at.r} />
                      {(named.has(p.id) || near.has(p.id)) && (
                        <text
                          x={right ? at.x + at.r + 4 : at.x - at.r - 4}
                          y={at.y}
                          textAnchor={right ? 'start' : 'end'}
                          dominantBaseline="central"
                          className="node-label"
                        >
                          {short(label(p))}
                        </text>
                      )}
                    </g>
                  );
                })}
              </g>
            </svg>
          </div>
          <figcaption className="block-help">
            Each circle is a person, larger the more colleagues go to them; an arrow runs from the one who asks to the one asked, thicker the more often. A ring
            marks a formal position; a filled circle, a hidden leader. People tied to nobody sit along the bottom.
            <span className="no-print"> Click a circle, or choose a person above, to pick out their ties.</span>
          </figcaption>
        </figure>
        <figure className="survey-network-chart">
          <div className="map-scroll" tabIndex={0} role="group" aria-label="Organisation chart, scrolls sideways">
            <OrgChart
              id={`${id}-org`}
              title="Organisation chart from the roster"
              positions={positions}
              description={chartSentence}
              namedCount={(n) => countByName.get(n)}
            />
          </div>
          <figcaption className="block-help">
            The formal chart from the roster: formal positions under the head of school, everyone else by group. After the dot, how many colleagues go to that
            person on this question. {chartSentence}
          </figcaption>
        </figure>
      </div>

      <div aria-live="polite" className="survey-network-selection">
        {chosen && (
          <p className="feedback" data-selection={chosen.id}>
            <strong>{label(chosen)}</strong>
            {chosen.role ? ` (${chosen.role}${chosen.group ? `, ${chosen.group}` : ''})` : ''} goes to{' '}
            {chosen.seeks.length ? listText(chosen.seeks.map(name)) : 'nobody'}
            {chosen.answered ? '' : ' (did not answer)'};{' '}
            {chosen.soughtBy.length ? `${listText(chosen.soughtBy.map(name))} go${chosen.soughtBy.length === 1 ? 'es' : ''} to them` : 'nobody goes to them'}.
            {chosen.mutual.length ? ` Mutual ties with ${listText(chosen.mutual.map(name))}.` : ''}
          </p>
        )}
      </div>

      <div className="survey-network-findings">
        <section aria-labelledby={`${id}-readings`}>
          <h4 id={`${id}-readings`}>What the network says</h4>
          <ul data-readings>
            {readings.map((r, i) => (
              <li key={i} data-reading={r.kind}>
                {r.text}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby={`${id}-hidden`}>
          <h4 id={`${id}-hidden`}>Hidden leaders</h4>
          <p className="block-help">Sought by {network.hiddenThreshold} or more colleagues (well above the usual here) and holding no formal position.</p>
          {hidden.length ? (
            <ol data-hidden-leaders>
              {hidden.map((p) => (
                <li key={p.id}>
                  {label(p)}
                  {p.role ? `, ${p.role}` : ''}
                  {p.group ? ` (${p.group})` : ''}: sought by {p.inDegree}
                </li>
              ))}
            </ol>
          ) : (
            <p data-hidden-leaders>Nobody without a formal position is sought that often on this question.</p>
          )}
        </section>
        <section aria-labelledby={`${id}-measures`}>
          <h4 id={`${id}-measures`}>Measures</h4>
          <dl className="survey-network-measures" data-measures>
            <dt>Answered</dt>
            <dd>
              {network.respondents} out of {network.people.length}
            </dd>
            <dt>Ties</dt>
            <dd>{network.ties.length}</dd>
            <dt>Density</dt>
            <dd>{network.density.toFixed(3)}</dd>
            <dt>Mutual pairs</dt>
            <dd>{network.mutualPairs.length}</dd>
            <dt>Tied to nobody</dt>
            <dd>{network.isolates.length}</dd>
            <dt>Connected parts</dt>
            <dd>{network.components.filter((c) => c.length > 1).length}</dd>
            <dt>Subgroups</dt>
            <dd>
              {network.communities.filter((c) => c.length > 2).length} (modularity {network.modularity.toFixed(2)})
            </dd>
          </dl>
        </section>
      </div>

      <div className="table-wrap" tabIndex={0} role="group" aria-label="People: table, scrolls sideways on small screens">
        <table className="survey-network-table" data-network-people>
          <caption>People{group ? ` in ${group}` : ''}, in roster order: everything the picture shows</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Role</th>
              <th scope="col">Group</th>
              <th scope="col">Formal position</th>
              <th scope="col">Sought by</th>
              <th scope="col">Goes to</th>
              <th scope="col">Place</th>
              <th scope="col">Share of paths through them</th>
              <th scope="col">Mutual ties</th>
              <th scope="col">Subgroup</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {tableRows.map((p) => (
              <tr key={p.id} className={near.has(p.id) ? 'on' : undefined} data-person={p.id}>
                <th scope="row">
                  {label(p)}{' '}
                  <button
                    type="button"
                    className="small-button no-print"
                    aria-pressed={selected === p.id}
                    onClick={() => onSelect(selected === p.id ? '' : p.id)}
                  >
                    Show<span className="visually-hidden"> {label(p)}’s ties</span>
                  </button>
                </th>
                <td>{p.role}</td>
                <td>{p.group}</td>
                <td>{p.formal ? 'Yes' : 'No'}</td>
                <td>{p.inDegree}</td>
                <td>{p.outDegree}</td>
                <td>{p.rank}</td>
                <td>{`${(p.brokerage * 100).toFixed(1)}%`}</td>
                <td>{p.mutual.length}</td>
                <td>{p.community >= 0 ? p.community + 1 : '—'}</td>
                <td>
                  {[p.hiddenLeader ? 'hidden leader' : '', p.isolate ? 'tied to nobody' : '', p.answered ? '' : 'did not answer'].filter(Boolean).join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="table-wrap" tabIndex={0} role="group" aria-label="Ties: table, scrolls sideways on small screens">
        <table className="survey-network-table" data-network-ties>
          <caption>Ties{group ? ` touching ${group}` : ''}: who goes to whom, and how often</caption>
          <thead>
            <tr>
              <th scope="col">Who asks</th>
              <th scope="col">Goes to</th>
              <th scope="col">How often</th>
              <th scope="col">Returned</th>
            </tr>
          </thead>
          <tbody>
            {ties.map((t) => (
              <tr key={`${t.from}>${t.to}`} className={selected && (t.from === selected || t.to === selected) ? 'on' : undefined}>
                <td>{name(t.from)}</td>
                <td>{name(t.to)}</td>
                <td>{frequencyWords(t.frequency)}</td>
                <td>{mutual.has(`${t.from}>${t.to}`) ? 'Yes' : 'No'}</td>
              </tr>
            ))}
            {ties.length === 0 && (
              <tr>
                <td colSpan={4}>No ties yet.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>

      <div className="row survey-network-exports no-print" role="group" aria-label="Download this question’s network">
        <button type="button" onClick={() => onExport('ties')}>
          Ties (CSV)
        </button>
        <button type="button" onClick={() => onExport('people')}>
          People and measures (CSV)
        </button>
        <button type="button" onClick={() => onExport('graphml')}>
          Network for Gephi (GraphML)
        </button>
        <button type="button" onClick={() => onExport('svg')}>
          Picture (SVG)
        </button>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {message && <p className="notice error">{message}</p>}
    </>
  );
}
