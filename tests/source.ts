/**
 * A source module for test code that runs outside Vite (Playwright's side of the browser tests),
 * loaded through Vite's module runner. The block registries find each type's pieces with Vite's
 * `import.meta.glob` (src/blocks/by-type.ts), which plain Node does not have, so a test that
 * reads what the site writes (a portfolio, a hand-in, the LMS's data) with the site's own code
 * loads that code here when it reaches a registry. No Astro plugins: the modules loaded are
 * plain TypeScript. Packages are Node's own (runnerImport leaves them external). Each call
 * builds its own module graph: 0.1 to 0.2 s, the first in a process 0.3 to 1 s (Vite loads).
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The module at `path`, from the repository's root ('src/lib/handin.ts'). Name its type, which
 * the runner cannot know: `await source<typeof import('../../src/lib/handin')>('src/lib/handin.ts')`.
 */
export async function source<T>(path: string): Promise<T> {
  const { module } = await runnerImport<T>(`/${path}`, { configFile: false, root, logLevel: 'warn' });
  return module;
}
