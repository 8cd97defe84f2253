/**
 * Answers whose block id changed after publishing, moved to the new id wherever answers enter
 * the course: this browser's storage at load (`moveAnswers`), and imported portfolios, backups,
 * hand-in files and LMS suspend_data (`moveAnswerRecord`). Both read the one table below.
 * A move applies only when the stored value is of the moved block's kind and the new key is
 * still free, so running it twice, or on a device that never had the old answer, does nothing.
 * Kept free of imports: the answer store and the LMS launch page load it.
 */
type Belongs = (value: unknown) => boolean;
/** One renamed block, or a family of them. Why each was renamed is said beside it, in a comment. */
export type AnswerMove = {
  /** Which stored values belong to the moved block (the old key may hold another block's). */
  belongs: Belongs;
} & (
  | {
      /** One block renamed: `kind/lesson/block` before and after. */
      from: string;
      to: string;
    }
  | {
      /** A family of blocks renamed by one rule: old keys (`kind/lesson/block`) match `pattern`, `to` is the replacement (`$1`…). */
      pattern: RegExp;
      to: string;
    }
);

const isText: Belongs = (v) => typeof v === 'string';
const isIdList: Belongs = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const LAB = '(scenario/[a-z0-9]+(?:-[a-z0-9]+)*)';
const ID = '([a-z0-9]+(?:-[a-z0-9]+)*)';

export const answerMoves: AnswerMove[] = [
  // The sort tool and the reflection prompt of Section 4 shared an id, so one key: the sort
  // keeps it, the written reflection moves.
  {
    from: 'section/kinds-of-decisions/technical-or-adaptive',
    to: 'section/kinds-of-decisions/technical-or-adaptive-reflection',
    belongs: isText,
  },
  // A committee lab's pieces were first saved under paths with slashes (predict/<committee>/
  // diagnosis), outside the id rule; they now have stable ids (labPaths in committee.ts). One
  // move per old shape, for any lab and committee.
  { pattern: new RegExp(`^${LAB}/predict/${ID}/(diagnosis|proposal)$`), to: '$1/predict-$2-$3', belongs: isText },
  { pattern: new RegExp(`^${LAB}/compare/${ID}$`), to: '$1/compare-$2', belongs: isText },
  { pattern: new RegExp(`^${LAB}/reveal/proposals$`), to: '$1/reveal-proposals', belongs: isIdList },
  { pattern: new RegExp(`^${LAB}/build/members$`), to: '$1/build-members', belongs: isIdList },
  { pattern: new RegExp(`^${LAB}/build/plan$`), to: '$1/build-plan', belongs: isText },
];

/** Where an answer saved under `key` (`kind/lesson/block`) belongs now, and by which move; undefined when no move is about it. */
export function movedKey(key: string, moves: readonly AnswerMove[] = answerMoves): { to: string; move: AnswerMove } | undefined {
  for (const move of moves) {
    if ('from' in move) {
      if (key === move.from) return { to: move.to, move };
    } else if (move.pattern.test(key)) return { to: key.replace(move.pattern, move.to), move };
  }
  return undefined;
}

/**
 * Applies the moves to a record of answers (`kind/lesson/block` → saved answer), as a file or
 * the LMS brings them; returns a new record and the old keys moved. An answer whose new key is
 * taken, or whose value is not the moved block's, stays where it is: nothing is dropped.
 */
export function moveAnswerRecord<T extends { v: unknown }>(
  answers: Readonly<Record<string, T>>,
  moves: readonly AnswerMove[] = answerMoves,
): { answers: Record<string, T>; moved: string[] } {
  const next: Record<string, T> = { ...answers };
  const moved: string[] = [];
  for (const [key, saved] of Object.entries(answers)) {
    const m = movedKey(key, moves);
    if (!m || Object.hasOwn(next, m.to) || !m.move.belongs(saved.v)) continue;
    next[m.to] = saved;
    delete next[key];
    moved.push(key);
  }
  return { answers: next, moved };
}

/** Applies the moves to stored answers under `prefix` (values as the store writes them, `{"v":…,"at":…}`); returns the keys moved. */
export function moveAnswers(
  store: {
    read: (key: string) => string | null;
    write: (key: string, raw: string) => void;
    remove: (key: string) => void;
    /** Every stored key: pattern moves find their old keys among them. */
    keys: () => string[];
  },
  prefix: string,
  moves: readonly AnswerMove[] = answerMoves,
): string[] {
  const done: string[] = [];
  for (const full of store.keys()) {
    if (!full.startsWith(prefix)) continue;
    const key = full.slice(prefix.length);
    const m = movedKey(key, moves);
    if (!m) continue;
    const raw = store.read(full);
    if (raw === null || store.read(prefix + m.to) !== null) continue;
    let value: unknown;
    try {
      value = (JSON.parse(raw) as { v?: unknown } | null)?.v;
    } catch {
      continue; // unreadable: the store's own sweep quarantines it
    }
    if (!m.move.belongs(value)) continue;
    store.write(prefix + m.to, raw);
    store.remove(full);
    done.push(key);
  }
  return done;
}
