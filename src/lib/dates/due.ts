/**
 * Due dates in words, for learners and providers: "due in 3 days", "due today", "2 days
 * overdue", and on time or late for a hand-in. A due date is a calendar day (`YYYY-MM-DD`, as
 * the pathway builder's date field writes it) in the reader's own time zone; the words and the
 * date come from Intl in the reader's locale. Pure: `now` and `locale` are passed in.
 */

/** Whole calendar days from today to the due day (negative once it has passed), in local time. */
export function daysUntil(due: string, now: Date): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
  if (!m) return undefined;
  const dueDay = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((dueDay - today) / 86_400_000);
}

/** The due day as a date in the reader's locale ("Sep 15, 2026"), or the text as given. */
export function dueDate(due: string, locale?: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
  if (!m) return due;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** "due today", "due tomorrow", "due in 3 days", "1 day overdue", "2 days overdue". */
export function dueText(due: string, now: Date, locale?: string): string {
  const days = daysUntil(due, now);
  if (days === undefined) return `due ${due}`;
  if (days === 0) return 'due today';
  if (days > 0) return `due ${new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day')}`;
  return `${new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(-days)} overdue`;
}

/** Whether a hand-in exported at `exportedAt` was on time for a lesson due on `due` (the whole due day counts). */
export function lateness(due: string, exportedAt: string): { late: boolean; days: number } | undefined {
  const at = Date.parse(exportedAt);
  if (Number.isNaN(at)) return undefined;
  const days = daysUntil(due, new Date(at));
  if (days === undefined) return undefined;
  return { late: days < 0, days: Math.max(0, -days) };
}

/** "on time", "1 day late", "3 days late". */
export function latenessText(l: { late: boolean; days: number }, locale?: string): string {
  return l.late ? `${new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(l.days)} late` : 'on time';
}
