/** Stand-in for Astro's `astro:content` module in unit tests: a collection is its own config. */
export const defineCollection = <T>(config: T): T => config;
