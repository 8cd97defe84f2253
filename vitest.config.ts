import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The budget test drives a real Chromium: give it time on a loaded machine.
    testTimeout: 30_000,
  },
  // src/content.config.ts imports Astro's virtual module; the schema tests only need its schemas.
  resolve: { alias: { 'astro:content': fileURLToPath(new URL('./tests/unit/stubs/astro-content.ts', import.meta.url)) } },
});
