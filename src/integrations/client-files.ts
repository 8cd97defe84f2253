/**
 * `client:files`: hydrate an island only once a file is chosen in it or dropped on it (see
 * src/scripts/client-files.ts). The review page uses it: its code loads when a hand-in is opened.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export default function clientFiles(): AstroIntegration {
  return {
    name: 'course:client-files',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'files', entrypoint: fileURLToPath(new URL('../scripts/client-files.ts', import.meta.url)) });
      },
    },
  };
}
