// A full portfolio as the benchmarks save it: a plausible answer for every block of every
// activity (every worksheet filled, six stakeholder charts), as localStorage entries.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

const words = 'trust improvement leadership teachers students evidence meeting decision conversation practice'.split(' ');
const text = (n) => Array.from({ length: n }, (_, i) => words[i % words.length]).join(' ');

/** A plausible answer for every block of every activity, keyed as the site stores them. */
export function fullPortfolio() {
  const answers = {};
  const at = Date.now();
  for (const file of readdirSync('content/activities')) {
    const id = file.replace(/\.mdx$/, '');
    const data = parse(readFileSync(`content/activities/${file}`, 'utf8').split(/^---$/m)[1]);
    for (const b of data.worksheet) {
      let v;
      switch (b.type) {
        case 'text':
          v = text(120);
          break;
        case 'list':
          v = Array.from({ length: 6 }, () => text(12));
          break;
        case 'grid':
          v = { cells: Object.fromEntries(b.rows.map((r) => [r.id, Object.fromEntries(b.columns.map((c) => [c.id, text(8)]))])), added: [] };
          break;
        case 'checklist':
          v = b.items.map((i) => i.id);
          break;
        case 'rating':
          v = Object.fromEntries(b.items.map((i, n) => [i.id, 1 + (n % 5)]));
          break;
        case 'choice':
          v = [b.options[0].id];
          break;
        case 'video-notes':
          v = Array.from({ length: 20 }, (_, n) => ({ id: `n${n}`, t: n * 15, role: b.roles?.[n % 2]?.id ?? 'me', text: text(15) }));
          break;
        case 'allocation':
          v = Object.fromEntries(b.items.map((i) => [i.id, Math.floor(100 / b.items.length)]));
          break;
        case 'stakeholder-chart': {
          const chart = (cid) => ({
            id: cid,
            title: `Challenge ${cid}`,
            challenge: text(40),
            rows: Array.from({ length: 6 }, (_, n) => ({
              id: `s${n}`,
              name: `Stakeholder ${n}`,
              cells: { relationship: text(15), outcome: text(15), values: text(15), loyalties: text(15), losses: text(10) },
              losses: ['status', 'time'],
            })),
          });
          v = { charts: b.scenario ? [chart('main')] : [1, 2, 3, 4].map((n) => chart(`c${n}`)) };
          break;
        }
        default:
          continue;
      }
      answers[`course:v1:answers:activity/${id}/${b.id}`] = JSON.stringify({ v, at });
    }
  }
  return answers;
}
