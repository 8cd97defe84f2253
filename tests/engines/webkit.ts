/**
 * WebKitGTK (Safari's engine), driven by webdriverio through WebKitWebDriver and MiniBrowser
 * under a virtual X display. MiniBrowser passes no console messages out, so page loads are
 * checked by tests/engines/webkit-console.py, a WebKitGTK shell that reads the engine's console.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Key as WdioKey, remote } from 'webdriverio';
import {
  DESKTOP,
  DriverStartError,
  onInterrupt,
  unsettled,
  poll,
  sidewaysOverflow,
  type ConsoleMessage,
  type Driver,
  type Key,
  type PageReport,
  type Viewport,
} from './driver.ts';

const MINIBROWSER = process.env['MINIBROWSER_PATH'] ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const PYTHON = '/usr/bin/python3'; // Debian's Python: python3-gi is installed for it, not for a pyenv one
const SHELL = join(import.meta.dirname, 'webkit-console.py');

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** Fails with the Debian package to install when a piece is missing. */
function checkInstalled(): void {
  const missing: string[] = [];
  if (!onPath('WebKitWebDriver')) missing.push('webkit2gtk-driver (WebKitWebDriver)');
  if (!onPath('xvfb-run')) missing.push('xvfb (xvfb-run)');
  if (!existsSync(MINIBROWSER)) missing.push(`libwebkit2gtk-4.1-0 (${MINIBROWSER})`);
  if (!existsSync(PYTHON)) missing.push('python3');
  else {
    const gi = spawnSync(PYTHON, ['-c', "import gi; gi.require_version('Gtk', '3.0'); gi.require_version('WebKit2', '4.1')"], { encoding: 'utf8' });
    if (/No module named 'gi'/.test(gi.stderr)) missing.push('python3-gi');
    else if (gi.status !== 0) missing.push(`gir1.2-webkit2-4.1 (${gi.stderr.trim().split('\n').pop()})`);
  }
  if (missing.length) {
    throw new DriverStartError(
      `WebKit cannot run: missing ${missing.join(', ')}.\nInstall: sudo apt-get install -y webkit2gtk-driver xvfb python3-gi gir1.2-webkit2-4.1`,
    );
  }
}

/** Starts a process in a group of its own, so that it and everything it started can be ended. */
function startGroup(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
}
function endGroup(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

const levels: Record<string, string> = { ERROR: 'error', WARN: 'warning', LOG: 'log', INFO: 'info', DEBUG: 'debug' };

interface ShellReport {
  url: string;
  messages: ConsoleMessage[];
  overflow: string | null;
  problem: string | null;
}

/** Loads the pages in the console shell: one JSON line per page. */
function runConsoleShell(urls: string[], viewport: Viewport, env: NodeJS.ProcessEnv): Promise<ShellReport[]> {
  // The shell runs the same page scripts as Firefox does: their source goes along.
  const config = JSON.stringify({ ...viewport, unsettled: `(${unsettled})()`, overflow: `(${sidewaysOverflow})()` });
  return new Promise((resolve, reject) => {
    const child = startGroup('xvfb-run', ['-a', PYTHON, SHELL, config, ...urls], env);
    const end = () => endGroup(child);
    onInterrupt.add(end);
    child.on('close', () => onInterrupt.delete(end));
    let out = '';
    let err = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = out.split('\n').filter((l) => l.startsWith('{'));
      if (lines.length !== urls.length) {
        reject(new Error(`the WebKit console shell reported ${lines.length} of ${urls.length} pages (exit ${code}):\n${err.trim()}`));
        return;
      }
      resolve(
        lines.map((line) => {
          const r = JSON.parse(line) as Omit<ShellReport, 'messages'> & {
            messages: { source: string; level: string; text: string; location: string | null }[];
          };
          return {
            url: r.url,
            problem: r.problem,
            overflow: r.overflow,
            messages: r.messages.map((m) => ({
              level: levels[m.level] ?? m.level.toLowerCase(),
              source: m.source,
              text: m.text,
              location: m.location ?? undefined,
            })),
          };
        }),
      );
    });
  });
}

export async function startWebKit(baseUrl: string, port: number): Promise<Driver> {
  checkInstalled();
  // A home of its own: a fresh profile, and MiniBrowser saves downloads to its download folder.
  const home = mkdtempSync(join(tmpdir(), 'engines-webkit-'));
  const downloadDir = join(home, 'downloads');
  mkdirSync(join(home, '.config'), { recursive: true });
  mkdirSync(downloadDir);
  writeFileSync(join(home, '.config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloadDir}"\n`);
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
  };

  const webDriver = startGroup('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], env);
  let driverOutput = '';
  webDriver.stdout?.on('data', (d: Buffer) => (driverOutput += d.toString()));
  webDriver.stderr?.on('data', (d: Buffer) => (driverOutput += d.toString()));
  const cleanUp = () => {
    endGroup(webDriver);
    rmSync(home, { recursive: true, force: true });
    onInterrupt.delete(cleanUp);
  };
  onInterrupt.add(cleanUp);

  let browser: WebdriverIO.Browser;
  try {
    const up = await poll(
      `WebKitWebDriver to listen on port ${port}`,
      async () => (webDriver.exitCode !== null ? 'exited' : (await fetch(`http://127.0.0.1:${port}/status`).catch(() => undefined))?.ok),
      30_000,
    );
    if (up === 'exited') throw new Error(`WebKitWebDriver exited (${webDriver.exitCode}): ${driverOutput.trim()}`);
    browser = await remote({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      connectionRetryCount: 0,
      capabilities: {
        // WebKitWebDriver speaks WebDriver classic only; webdriverio would ask for BiDi.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      } as WebdriverIO.Capabilities,
    });
  } catch (error) {
    cleanUp();
    throw new DriverStartError(
      `WebKit did not start: ${(error as Error).message}\nCheck the packages: sudo apt-get install -y webkit2gtk-driver xvfb libwebkit2gtk-4.1-0`,
    );
  }

  await browser.setWindowSize(DESKTOP.width, DESKTOP.height); // MiniBrowser's toolbar takes a little of the height

  const url = (path: string) => new URL(path, baseUrl).href;
  const keyOf: Record<Key, string> = { ArrowRight: WdioKey.ArrowRight, ArrowLeft: WdioKey.ArrowLeft, Enter: WdioKey.Enter, Space: ' ', Tab: WdioKey.Tab };

  const driver: Driver = {
    engine: 'webkit',
    async goto(path) {
      await browser.url(url(path));
    },
    async reload() {
      await browser.refresh();
    },
    async evaluate(fn, ...args) {
      return (await browser.execute(fn as never, ...(args as unknown as never[]))) as never;
    },
    async click(selector) {
      const element = await browser.$(selector).getElement();
      await element.waitForDisplayed({ timeout: 15_000 });
      await element.click();
    },
    async type(selector, text) {
      const element = await browser.$(selector).getElement();
      await element.waitForDisplayed({ timeout: 15_000 });
      await browser.execute((el) => (el as unknown as HTMLElement).focus(), element);
      await browser.keys([WdioKey.Control, 'a']);
      // keys() with a string presses its characters as one chord: one call per character.
      for (const char of text) await browser.keys(char);
    },
    async press(key) {
      await browser.keys(keyOf[key]);
    },
    async downloads() {
      return readdirSync(downloadDir)
        .filter((name) => !/\.(download|wkdownload|part)$/.test(name))
        .map((name) => join(downloadDir, name));
    },
    async loadPages(paths, viewport) {
      const reports = await runConsoleShell(paths.map(url), viewport, env);
      return reports.map((r, i): PageReport => ({ path: paths[i]!, messages: r.messages, overflow: r.overflow, problem: r.problem ?? undefined }));
    },
    async takeConsoleErrors() {
      return null; // MiniBrowser passes no console messages out; loadPages covers every page type
    },
    async close() {
      await browser.deleteSession().catch(() => undefined);
      cleanUp();
    },
  };
  return driver;
}
