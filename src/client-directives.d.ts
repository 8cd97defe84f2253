/** Types for the course's own client directives, `client:stored`, `client:files`, `client:interaction` and `client:near` (src/integrations/). */
import 'astro';
import type { InteractionOptions } from './scripts/client-interaction';
import type { NearOptions } from './scripts/client-near';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate only when a saved key starts with this prefix. */
    'client:stored'?: string;
    /** Hydrate only once a file is chosen in the island's file field or dropped on it. */
    'client:files'?: boolean;
    /**
     * Hydrate when the learner reaches for the island; a press or a file that came first is
     * kept. With options, also as the page loads when something is saved under `stored` or
     * the address's fragment holds `hash` (the island is inert until awake).
     */
    'client:interaction'?: boolean | InteractionOptions;
    /** Hydrate as the island comes within `rootMargin` of the screen, or on focus or pointer; a press that came first is kept. */
    'client:near'?: boolean | NearOptions;
  }
}
