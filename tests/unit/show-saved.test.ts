import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ANSWERS_PREFIX, EARLY_EDITS_PREFIX } from '../../src/stores/keys';

// The inline script cannot import keys.ts (the CSP hashes only scripts written out in the page).
test('the first-paint script reads answers and kept edits under the keys the stores use', () => {
  const source = readFileSync('src/scripts/show-saved.inline.js', 'utf8');
  expect(source).toContain(`localStorage.getItem('${ANSWERS_PREFIX}' + k)`);
  expect(source).toContain(`localStorage.getItem('${EARLY_EDITS_PREFIX}' + k)`);
});
