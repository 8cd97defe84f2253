/**
 * The printed agenda: the plan as a timed table, then the facilitator notes of each item in
 * agenda order (the guide for activities and the lab, the summary for lessons). Shown only
 * when printing; the notes come from guides.json, so the planner page itself stays light.
 */
import { balanceText, totalMinutes, type PlanItem, type SessionPlan } from '../../lib/session-plan';
import { planStepMinutes } from '../../lib/facilitate/plan-run';
import type { Grouping, Guide, NotesFile, PlanOption } from '../../lib/facilitator-catalogue';

interface Props {
  plan: SessionPlan;
  times: { from: string; to: string }[];
  labelOf: (item: PlanItem) => string;
  options: Map<string, PlanOption>;
  notes: NotesFile | undefined;
}

const groupingNames: Record<Grouping, string> = { solo: 'on their own', pairs: 'pairs', tables: 'tables', 'whole-group': 'whole group' };

/** The guide's advice for the length nearest to the minutes the plan gives. */
function adaptFor(guide: Guide, minutes: number): { length: '30' | '60' | '90'; text: string } {
  const length = minutes <= 45 ? '30' : minutes < 75 ? '60' : '90';
  return { length, text: guide.adapt[length] };
}

export function PlanPrint({ plan, times, labelOf, options, notes }: Props) {
  const lessons = plan.items.flatMap((item, i) => (item.kind === 'break' ? [] : [{ item, i }]));
  const total = totalMinutes(plan);
  return (
    <div className="plan-print" data-plan-print>
      <p className="eyebrow">Session agenda</p>
      <h2 className="plan-print-title">{plan.title || 'Session plan'}</h2>
      <p>
        {plan.start ? `Starts at ${plan.start}. ` : ''}
        {balanceText(plan, { advice: false })}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Item</th>
            <th scope="col">Minutes</th>
            <th scope="col">Grouping</th>
          </tr>
        </thead>
        <tbody>
          {plan.items.map((item, i) => {
            const guide = item.kind === 'break' ? undefined : notes?.guides[`${item.kind}/${item.id}`];
            return (
              <tr key={i}>
                <td>
                  {times[i]?.from}–{times[i]?.to}
                </td>
                <td>{labelOf(item)}</td>
                <td>{item.minutes}</td>
                <td>{guide ? [...new Set(guide.steps.map((s) => groupingNames[s.grouping]))].join(', ') : ''}</td>
              </tr>
            );
          })}
        </tbody>
        {plan.items.length > 0 && (
          <tfoot>
            <tr>
              <td>
                {times[0]?.from}–{times.at(-1)?.to}
              </td>
              <th scope="row">Total (session of {plan.length} min)</th>
              <td>{total}</td>
              <td />
            </tr>
          </tfoot>
        )}
      </table>
      {notes && lessons.length > 0 && (
        <>
          <h2 className="plan-print-notes">Facilitator notes</h2>
          {lessons.map(({ item, i }) => {
            const key = `${item.kind}/${item.id}`;
            const guide = notes.guides[key];
            const summary = notes.summaries[key];
            const option = options.get(key);
            const planned = guide ? guide.steps.reduce((s, st) => s + st.minutes, 0) : option?.minutes;
            const adapt = guide ? adaptFor(guide, item.minutes) : undefined;
            // The step times presentation mode will run: set by hand, or the guide's scaled.
            const run = guide
              ? planStepMinutes(
                  item,
                  guide.steps.map((s) => s.minutes),
                ).minutes
              : [];
            return (
              <section key={i} className="plan-print-item">
                <h3>
                  {times[i]?.from} · {labelOf(item)} · {item.minutes} min
                </h3>
                {guide ? (
                  <>
                    <p>{guide.purpose}</p>
                    {item.minutes !== planned && adapt && (
                      <p>
                        <strong>
                          The guide plans {planned} minutes; you have {item.minutes}. Its advice for {adapt.length} minutes:
                        </strong>{' '}
                        {adapt.text}
                      </p>
                    )}
                    {guide.materials.length > 0 && (
                      <p>
                        <strong>Materials:</strong> {guide.materials.join('; ')}.
                      </p>
                    )}
                    <ol>
                      {guide.steps.map((s, n) => (
                        <li key={n}>
                          <strong>{s.title}</strong> ({run[n] ?? s.minutes} min
                          {run[n] !== undefined && run[n] !== s.minutes ? `; the guide gives ${s.minutes}` : ''}, {groupingNames[s.grouping]}). {s.instructions}
                          {s.say && <em> Say: {s.say}</em>}
                        </li>
                      ))}
                    </ol>
                    <p>
                      <strong>Debrief:</strong>
                    </p>
                    <ul>
                      {guide.debrief.map((d, n) => (
                        <li key={n}>{d}</li>
                      ))}
                    </ul>
                    <p>
                      <strong>Listen for:</strong>
                    </p>
                    <ul>
                      {guide.listenFor.map((d, n) => (
                        <li key={n}>{d}</li>
                      ))}
                    </ul>
                    <p>
                      <strong>Pitfalls:</strong>
                    </p>
                    <ul>
                      {guide.pitfalls.map((d, n) => (
                        <li key={n}>{d}</li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p>{summary}</p>
                )}
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
