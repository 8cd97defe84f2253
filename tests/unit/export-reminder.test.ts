import { describe, expect, it } from 'vitest';
import { EXPORT_REMINDER_MS, unexported } from '../../src/lib/export-reminder';

const now = Date.UTC(2026, 10, 30, 12);
const day = 24 * 60 * 60 * 1000;

describe('the workbook reminder to save a copy', () => {
  it('says nothing when nothing is saved, or all was exported since', () => {
    expect(unexported({}, undefined, now)).toEqual({ remind: false });
    expect(unexported({ a: { v: 'x', at: now - 10 * day } }, now - day, now)).toEqual({ remind: false });
  });
  it('reminds once the oldest unexported answer is more than a week old', () => {
    const answers = { a: { v: 'old', at: now - 8 * day }, b: { v: 'new', at: now - day }, gone: undefined };
    expect(unexported(answers, undefined, now)).toEqual({ oldest: now - 8 * day, remind: true });
    // Exported after the old answer: only the new one is unexported, and it is recent.
    expect(unexported(answers, now - 2 * day, now)).toEqual({ oldest: now - day, remind: false });
  });
  it('waits a full week', () => {
    expect(unexported({ a: { v: 'x', at: now - EXPORT_REMINDER_MS } }, undefined, now).remind).toBe(false);
    expect(unexported({ a: { v: 'x', at: now - EXPORT_REMINDER_MS - 1 } }, undefined, now).remind).toBe(true);
  });
});
