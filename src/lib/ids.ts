/**
 * Ids for entries a learner adds (rows, notes, positions, charts). Unique within the answer
 * that holds them, which is all they need; stored, so never reused. Works on plain-http hosts,
 * where crypto.randomUUID is missing.
 */
let counter = 0;

export function newId(prefix: string): string {
  counter = (counter + 1) % 1296;
  return `${prefix}${Date.now().toString(36)}${counter.toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}
