/**
 * The course's own hydration directives, each with its entry in src/scripts/:
 * - `client:stored="<key prefix>"`: hydrate only when this browser holds a saved value under
 *   that prefix, or as soon as another tab saves one (the course map's pathway panel, so
 *   learners without an assigned pathway never download the framework);
 * - `client:files`: hydrate only once a file is chosen in the island or dropped on it (the
 *   review page: its code loads when a hand-in is opened);
 * - `client:interaction`: hydrate when the learner reaches for the island (pointer, touch,
 *   focus, a dragged file), keeping a press or a file that came first (the workbook's tools);
 * - `client:near`: hydrate as the island comes near the screen, or when the learner reaches for
 *   it first, keeping a button press that came before its part was live (the worksheets).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

const directives = {
  stored: '../scripts/client-stored.ts',
  files: '../scripts/client-files.ts',
  interaction: '../scripts/client-interaction.ts',
  near: '../scripts/client-near.ts',
};

export default function clientDirectives(): AstroIntegration {
  return {
    name: 'course:client-directives',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        for (const [name, entry] of Object.entries(directives)) addClientDirective({ name, entrypoint: fileURLToPath(new URL(entry, import.meta.url)) });
      },
    },
  };
}
