/** A moment for the learner, in their own locale ("30 Nov 2026, 20:12"); a dash when there is none. */
export function formatDate(ms: number | undefined): string {
  if (!ms) return '—';
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
