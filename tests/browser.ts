/**
 * Finds a Chromium for Playwright without downloading one (this machine has no internet):
 * CHROMIUM_PATH, then the system's Chromium, then Playwright's own build if installed.
 * Tests prefer Debian's `chromium-headless-shell` when it is installed: the same engine without
 * the browser's windowing layer, it ran the accessibility sweep about a fifth faster here. The
 * benchmarks ask for the full browser (`{ shell: false }`), which is what learners run.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const shellCandidates = ['/usr/bin/chromium-headless-shell'];

export function findChromium({ shell = true }: { shell?: boolean } = {}): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'] ?? process.env['CHROME_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const system = [...(shell ? shellCandidates : []), ...systemCandidates].find((p) => existsSync(p));
  if (system) return system;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined; // Playwright's own build: no path needed
  } catch {
    // not installed
  }
  throw new Error(
    [
      'No Chromium found for the browser tests.',
      'Install one of:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium',
      '  - or Playwright\u2019s build (needs internet): npx playwright install chromium',
      '  - or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  );
}

/** Flags that keep Chromium quiet on a machine without network access. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
