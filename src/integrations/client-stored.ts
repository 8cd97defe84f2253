/**
 * `client:stored="<key prefix>"`: hydrate an island only when this browser holds a saved value
 * under that prefix, or as soon as another tab saves one. The course map uses it so learners
 * without an assigned pathway never download the framework (issue 18).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export default function clientStored(): AstroIntegration {
  return {
    name: 'course:client-stored',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'stored', entrypoint: fileURLToPath(new URL('../scripts/client-stored.ts', import.meta.url)) });
      },
    },
  };
}
