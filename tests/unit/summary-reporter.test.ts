import { describe, expect, it } from 'vitest';
import { summaryLine } from '../summary-reporter';

const counts = (over: Partial<Parameters<typeof summaryLine>[0]> = {}) => ({ passed: 3, failed: 0, flaky: 0, skipped: 0, notRun: 0, ...over });

describe("the browser tests' summary line", () => {
  it('is the plain counts when the run passed', () => {
    expect(summaryLine(counts(), 'passed', 0)).toBe('3 passed, 0 failed, 0 flaky, 0 skipped');
  });

  it('counts a pass on retry as flaky, and a flaky run as failed', () => {
    expect(summaryLine(counts({ passed: 2, flaky: 1 }), 'failed', 0)).toBe('2 passed, 0 failed, 1 flaky, 0 skipped (run failed): FAILED');
    // Even if Playwright called such a run passed, the line would not.
    expect(summaryLine(counts({ passed: 2, flaky: 1 }), 'passed', 0)).toMatch(/: FAILED$/);
  });

  it('never reads "0 passed, 0 failed" as success: a spec that fails to load fails the line', () => {
    expect(summaryLine(counts({ passed: 0 }), 'failed', 1)).toBe(
      '0 passed, 0 failed, 0 flaky, 0 skipped (run failed, 1 error outside tests, no test ran): FAILED',
    );
    expect(summaryLine(counts({ passed: 0 }), 'passed', 0)).toMatch(/no test ran\): FAILED$/);
  });

  it('names tests that never ran', () => {
    expect(summaryLine(counts({ notRun: 4 }), 'interrupted', 0)).toBe('3 passed, 0 failed, 0 flaky, 0 skipped, 4 not run (run interrupted): FAILED');
  });
});
