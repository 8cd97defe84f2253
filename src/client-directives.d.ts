/** Types for the course's own client directives, `client:stored` and `client:files` (src/integrations/). */
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate only when a saved key starts with this prefix. */
    'client:stored'?: string;
    /** Hydrate only once a file is chosen in the island's file field or dropped on it. */
    'client:files'?: boolean;
  }
}
