/**
 * src/components holds UI only: React components and Astro parts, their styles, their hooks
 * (use*.ts) and prop types (types.ts). The import rules between floors are dependency-cruiser's
 * (.dependency-cruiser.cjs, run by `npm run lint`); this is the part a rule on imports cannot
 * see, a plain module that imports nothing.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ui = /\.(tsx|astro|css)$|\/use[A-Z][^/]*\.tsx?$|\/types\.ts$|\/first-interaction\.ts$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('layers', () => {
  it('src/components holds UI only', () => {
    const plain = files('src/components').filter((f) => !ui.test(f));
    expect(plain, 'plain logic belongs in src/lib/, src/stores/ or src/scripts/').toEqual([]);
  });
});
