/** Types for the course's own client directives, `client:stored`, `client:files` and `client:interaction` (src/integrations/). */
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate only when a saved key starts with this prefix. */
    'client:stored'?: string;
    /** Hydrate only once a file is chosen in the island's file field or dropped on it. */
    'client:files'?: boolean;
    /** Hydrate when the learner reaches for the island; a press or a file that came first is kept. */
    'client:interaction'?: boolean;
  }
}
