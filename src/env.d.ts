/** The course's version from package.json, defined at build time (astro.config.mjs). */
declare const __SITE_VERSION__: string;

/** `client:stored="<prefix>"` (src/integrations/client-stored.ts). */
declare namespace astroHTML.JSX {
  interface AstroClientDirectives {
    'client:stored'?: string;
  }
}
