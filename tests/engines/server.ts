/** Serves the built site with `astro preview` on a port of the engine run's own. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { poll } from './driver.ts';

export interface Preview {
  baseUrl: string;
  stop(): void;
}

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, '127.0.0.1');
  });

/** Who holds a port: "pid 123 (node …/astro preview --port 4333)", or "" if it cannot be told. */
function holder(port: number): string {
  const ss = spawnSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const pid = /pid=(\d+)/.exec(ss.stdout ?? '')?.[1];
  if (!pid) return '';
  let command = '';
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    // the process ended meanwhile
  }
  return `pid ${pid}${command ? ` (${command})` : ''}`;
}

export async function startPreview(port: number, outDir: string): Promise<Preview> {
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`No built site in ${outDir}/: run \`npm run build\` first (test:engines builds nothing itself).`);
  }
  if (!(await portFree(port))) {
    const who = holder(port);
    const isPreview = /astro/.test(who);
    throw new Error(
      [
        `Port ${port} is already in use${who ? ` by ${who}` : ''}.`,
        isPreview
          ? `That looks like an astro preview left behind by a killed run: stop it with \`kill ${/pid (\d+)/.exec(who)?.[1]}\`,`
          : 'Stop whatever holds it,',
        'or run on another port: ENGINES_PORT=<port> npm run test:engines',
      ].join('\n'),
    );
  }
  const baseUrl = `http://127.0.0.1:${port}/`;
  // Its own process group, so stopping it also stops the server process npx/astro started.
  const child = spawn(join('node_modules', '.bin', 'astro'), ['preview', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, OUT_DIR: outDir },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  try {
    const up = await poll(
      `astro preview to serve ${baseUrl}`,
      async () => (child.exitCode !== null ? 'exited' : (await fetch(baseUrl).catch(() => undefined))?.ok),
      60_000,
    );
    if (up === 'exited') throw new Error(`astro preview exited (${child.exitCode}):\n${output.trim()}`);
  } catch (error) {
    stop();
    throw error;
  }
  return { baseUrl, stop };
}
