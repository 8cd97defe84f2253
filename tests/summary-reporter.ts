/**
 * Ends the browser-test output with one plain line of counts, which CI and people can read at a
 * glance after Playwright's own list: "N passed, N failed, N flaky, N skipped", and, when the
 * run did not pass for a reason no test result shows (a spec that fails to load, a global
 * timeout, an interruption), the run's status and the errors. A test is counted once, by its
 * final outcome: a pass after a failed attempt is "flaky", and flaky fails the run.
 */
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestError } from '@playwright/test/reporter';

export interface Counts {
  passed: number;
  failed: number;
  flaky: number;
  skipped: number;
  /** Tests the run never reached (it stopped, or a worker died first). */
  notRun: number;
}

/** The summary line for these counts and the run's status (exported for its unit test). */
export function summaryLine(counts: Counts, status: FullResult['status'], errors: number): string {
  const notRun = counts.notRun ? `, ${counts.notRun} not run` : '';
  const line = `${counts.passed} passed, ${counts.failed} failed, ${counts.flaky} flaky, ${counts.skipped} skipped${notRun}`;
  const ran = counts.passed + counts.failed + counts.flaky;
  const clean = status === 'passed' && errors === 0 && ran > 0 && counts.failed === 0 && counts.flaky === 0 && counts.notRun === 0;
  if (clean) return line;
  const why = [
    status !== 'passed' ? `run ${status}` : '',
    errors ? `${errors} error${errors === 1 ? '' : 's'} outside tests` : '',
    ran === 0 ? 'no test ran' : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${line}${why ? ` (${why})` : ''}: FAILED`;
}

export default class SummaryReporter implements Reporter {
  private suite: Suite | undefined;
  private readonly errors: TestError[] = [];

  onBegin(_config: FullConfig, suite: Suite): void {
    this.suite = suite;
  }

  /** Errors that belong to no test: a spec file that throws on load, a webServer that never starts. */
  onError(error: TestError): void {
    this.errors.push(error);
  }

  onEnd(result: FullResult): void {
    const counts: Counts = { passed: 0, failed: 0, flaky: 0, skipped: 0, notRun: 0 };
    for (const test of this.suite?.allTests() ?? []) countOutcome(counts, test);
    for (const e of this.errors) console.log(`\nError outside tests: ${(e.message ?? e.value ?? '').split('\n')[0]}`);
    console.log(`\n${summaryLine(counts, result.status, this.errors.length)}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}

function countOutcome(counts: Counts, test: TestCase): void {
  // A test that never ran (the run stopped first) has no results: it has not passed.
  if (test.results.length === 0) {
    if (test.expectedStatus === 'skipped') counts.skipped++;
    else counts.notRun++;
    return;
  }
  const outcome = test.outcome();
  if (outcome === 'expected') counts.passed++;
  else if (outcome === 'flaky') counts.flaky++;
  else if (outcome === 'skipped') counts.skipped++;
  else counts.failed++;
}
