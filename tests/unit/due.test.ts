import { describe, expect, it } from 'vitest';
import { daysUntil, dueDate, dueText, lateness, latenessText } from '../../src/lib/dates/due';

const now = new Date(2026, 8, 12, 15, 30); // 12 September 2026, afternoon, local time

describe('due dates in words', () => {
  it('counts calendar days in local time', () => {
    expect(daysUntil('2026-09-15', now)).toBe(3);
    expect(daysUntil('2026-09-12', now)).toBe(0);
    expect(daysUntil('2026-09-10', now)).toBe(-2);
    expect(daysUntil('soon', now)).toBeUndefined();
  });

  it('says due in 3 days, due today, due tomorrow, 2 days overdue (English), and follows the locale', () => {
    expect(dueText('2026-09-15', now, 'en-US')).toBe('due in 3 days');
    expect(dueText('2026-09-12', now, 'en-US')).toBe('due today');
    expect(dueText('2026-09-13', now, 'en-US')).toBe('due tomorrow');
    expect(dueText('2026-09-10', now, 'en-US')).toBe('2 days overdue');
    expect(dueText('2026-09-11', now, 'en-US')).toBe('1 day overdue');
    expect(dueDate('2026-09-15', 'en-US')).toBe('Sep 15, 2026');
    expect(dueDate('2026-09-15', 'de-DE')).toBe('15.09.2026');
  });

  it('on time or late for a hand-in: the whole due day counts', () => {
    const local = (d: number, h: number) => new Date(2026, 8, d, h).toISOString();
    expect(lateness('2026-09-15', local(15, 23))).toEqual({ late: false, days: 0 });
    expect(lateness('2026-09-15', local(17, 9))).toEqual({ late: true, days: 2 });
    expect(latenessText({ late: true, days: 2 }, 'en-US')).toBe('2 days late');
    expect(latenessText({ late: false, days: 0 }, 'en-US')).toBe('on time');
  });
});
