/**
 * Patterns at a table that the lab can detect. A scenario's risks name the patterns that make
 * them likely (`signals` in content), next to the members whose presence makes them likely.
 * A module of its own: the content schema (lab-schema.ts, full zod, build time) and the lab's
 * analysis (committee.ts, in the browser) both need the list, and zod must not reach the page.
 */
export const tableSignals = ['power-gap', 'lone-voice', 'tension', 'shared-view'] as const;
export type TableSignal = (typeof tableSignals)[number];
