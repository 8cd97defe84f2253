/** The course's version from package.json, defined at build time (astro.config.mjs). */
declare const __SITE_VERSION__: string;
