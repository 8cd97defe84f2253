import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/browser';

const executablePath = findChromium();
const port = Number(process.env['E2E_PORT'] ?? 4322);
// Under BASE_PATH (npm test's sub-path step) the preview serves the build below that path.
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

export default defineConfig({
  testDir: 'tests/e2e',
  // Its own folder per run kind: two runs side by side must not clear each other's traces.
  outputDir: process.env['PW_OUTPUT_DIR'] ?? 'test-results',
  fullyParallel: true,
  workers: Number(process.env['E2E_WORKERS'] ?? 2),
  // No retries: a flaky test is a failing test. A retry would only hide the race, so a test
  // that fails once fails the run (failOnFlakyTests also catches a retry set on the command line).
  retries: 0,
  failOnFlakyTests: true,
  forbidOnly: !!process.env['CI'],
  reporter: [['list'], ['./tests/summary-reporter.ts']],
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
    // A failed test leaves its trace in test-results/ (npx playwright show-trace <zip>): every
    // step with the page's DOM before and after it. No screencast: recording one for every test
    // cost about 7% of the suite's time, to be thrown away when the test passes.
    // PW_TRACE=off: npm test's accessibility sweep, whose failures list the rules and elements.
    trace: process.env['PW_TRACE'] === 'off' ? 'off' : { mode: 'retain-on-failure', screenshots: false },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `npx astro preview --ignore-lock --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
