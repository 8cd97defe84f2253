/**
 * Two things the survey network view needs from the roster besides the ties: role codes for the
 * anonymised view shown to staff, and an organisation chart to set beside the network (the
 * roster has no reporting lines, so the chart is the formal positions under the head of school,
 * and each group as one box). Pure; unit-tested in tests/unit/survey-network-export.test.ts.
 */
import type { Position } from '../org-chart';
import type { SurveyPerson } from '../survey/model';

/** Initials of the role ("Assistant principal" → "AP"), at most three letters; "S" (staff) when none. */
function initials(role: string): string {
  const letters = role
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
  return letters.slice(0, 3) || 'S';
}

/**
 * A code per person for showing results to staff: role initials and a number in roster order
 * ("T1", "T2", "AP1"). Two roles with the same initials share the numbering, so codes never repeat.
 */
export function roleCodes(people: readonly SurveyPerson[]): Map<string, string> {
  const next = new Map<string, number>();
  const codes = new Map<string, string>();
  for (const p of people) {
    if (codes.has(p.id)) continue;
    const key = initials(p.role);
    const n = (next.get(key) ?? 0) + 1;
    next.set(key, n);
    codes.set(p.id, `${key}${n}`);
  }
  return codes;
}

/** A role that heads the school: principal or head, not an assistant, vice or deputy. */
const HEAD = /\b(principal|head ?teacher|headmaster|headmistress|head of school|director)\b/i;
const NOT_HEAD = /\b(assistant|vice|deputy|associate)\b/i;

/**
 * The roster as an organisation chart (positions for lib/org-chart.ts): the head of school at
 * the top (the first formal leader whose role says principal or head, else the first formal
 * leader), the other formal leaders under them, then one box per group for everyone else.
 */
export function rosterChart(people: readonly SurveyPerson[], label: (p: SurveyPerson) => string): Position[] {
  const formal = people.filter((p) => p.formal);
  const head = formal.find((p) => HEAD.test(p.role) && !NOT_HEAD.test(p.role)) ?? formal[0];
  const top = head ? `person:${head.id}` : '';
  const positions: Position[] = formal.map((p) => ({
    id: `person:${p.id}`,
    title: p.role || 'Formal position',
    person: label(p),
    reportsTo: p === head ? '' : top,
  }));
  const groups = new Map<string, number>();
  for (const p of people) if (!p.formal) groups.set(p.group || 'No group', (groups.get(p.group || 'No group') ?? 0) + 1);
  for (const [group, n] of groups) positions.push({ id: `group:${group}`, title: group, person: `${n} ${n === 1 ? 'person' : 'people'}`, reportsTo: top });
  return positions;
}
