// Screenshots of built pages at phone and desktop widths and in print media, for looking at
// what we build. Usage: node scripts/screenshots.mjs [path ...] (preview server on :4321).
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumArgs, findChromium } from '../tests/browser.ts';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const out = 'bench-results/screens';
mkdirSync(out, { recursive: true });
const executablePath = findChromium({ shell: false });
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
const modes = [
  { name: 'phone', viewport: { width: 375, height: 800 } },
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'print', viewport: { width: 900, height: 1200 }, media: 'print' },
  { name: 'dark', viewport: { width: 1280, height: 900 }, scheme: 'dark' },
];
const only = process.env.MODES?.split(',');
for (const path of paths) {
  for (const m of modes.filter((x) => !only || only.includes(x.name))) {
    const page = await browser.newPage({ viewport: m.viewport, colorScheme: m.scheme ?? 'light' });
    await page.goto(base + path, { waitUntil: 'networkidle' });
    if (m.media) await page.emulateMedia({ media: m.media });
    const file = `${out}/${path.replace(/\W+/g, '_') || 'home'}-${m.name}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
