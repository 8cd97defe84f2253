/**
 * Facilitator notes as data, for the session planner's printed agenda: the planner fetches
 * this file (from the same site) when it opens, so the plan page itself stays light.
 */
import type { APIRoute } from 'astro';
import { getCourse } from '../../lib/course';
import { guidedSessions, type NotesFile } from '../../lib/facilitator-catalogue';

export const GET: APIRoute = async () => {
  const course = await getCourse();
  const guides = Object.fromEntries((await guidedSessions()).map((s) => [`${s.kind}/${s.id}`, s.guide]));
  const summaries: Record<string, string> = {};
  for (const s of course.sections) summaries[s.lesson.key] = s.entry.data.summary;
  for (const r of course.readings) summaries[r.lesson.key] = r.entry.data.summary;
  for (const a of course.activities) summaries[a.lesson.key] = a.entry.data.summary;
  for (const s of course.sections) for (const l of s.labs) summaries[l.lesson.key] = l.entry.data.kind === 'committee-lab' ? l.entry.data.summary : '';
  const body: NotesFile = { guides, summaries };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
