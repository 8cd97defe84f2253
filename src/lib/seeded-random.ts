/**
 * Mulberry32: a tiny seeded generator of numbers in [0, 1). Used where the same input must give
 * the same output every time: Louvain's `rng` option in the survey network, and the made-up
 * school its bench and tests draw (scripts/lib/synthetic-school.mjs). Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
