import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/browser';

const executablePath = findChromium();
const port = Number(process.env['E2E_PORT'] ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : 2,
  // One retry in CI: a 2-core runner under full load can starve a test of time; a failure twice is real.
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list'], ['./tests/summary-reporter.ts']],
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `npx astro preview --ignore-lock --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
