import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { findChromium } from '../tests/browser.ts';
import { serveStatic } from './lib/static-server.mjs';
const server = await serveStatic('dist');
const b = await chromium.launch({ executablePath: findChromium({ shell: true }) });
for (const path of process.argv.slice(2)) {
  const p = await b.newPage();
  const got = new Map();
  p.on('response', async (r) => { if (r.request().resourceType() === 'script') { try { got.set(new URL(r.url()).pathname, gzipSync(await r.body(), { level: 9 }).length); } catch {} } });
  await p.goto(server.origin + path);
  for (let y = 0; y < 40; y++) { await p.mouse.wheel(0, 800); await p.waitForTimeout(100); }
  await p.waitForTimeout(1500);
  const list = [...got].sort((a, b) => b[1] - a[1]);
  console.log(path, (list.reduce((n, [, s]) => n + s, 0) / 1024).toFixed(1), 'kB');
  for (const [u, s] of list) console.log('  ', (s / 1024).toFixed(1), u);
  await p.close();
}
await b.close(); server.close?.();
process.exit(0);
