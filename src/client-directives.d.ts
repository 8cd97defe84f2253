/** Types for the course's own client directive, `client:stored` (src/integrations/client-stored.ts). */
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate only when a saved key starts with this prefix. */
    'client:stored'?: string;
  }
}
