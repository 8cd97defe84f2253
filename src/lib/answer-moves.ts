/**
 * Answers whose block id changed after publishing, moved to the new id when the course loads.
 * A move applies only when the stored value is of the moved block's kind and the new key is
 * still free, so running it twice, or on a device that never had the old answer, does nothing.
 */
export interface AnswerMove {
  /** `kind/lesson/block` before and after. */
  from: string;
  to: string;
  /** Which stored values belong to the moved block (the old key may hold another block's). */
  belongs: (value: unknown) => boolean;
  why: string;
}

export const answerMoves: AnswerMove[] = [
  {
    from: 'section/kinds-of-decisions/technical-or-adaptive',
    to: 'section/kinds-of-decisions/technical-or-adaptive-reflection',
    belongs: (v) => typeof v === 'string',
    why: 'the sort tool and the reflection prompt of Section 4 shared an id, so one key; the sort keeps it, the written reflection moves',
  },
];

/** Applies the moves to stored answers under `prefix`; returns the keys moved. */
export function moveAnswers(
  store: { read: (key: string) => string | null; write: (key: string, raw: string) => void; remove: (key: string) => void },
  prefix: string,
  moves: AnswerMove[] = answerMoves,
): string[] {
  const done: string[] = [];
  for (const m of moves) {
    const raw = store.read(prefix + m.from);
    if (raw === null || store.read(prefix + m.to) !== null) continue;
    let value: unknown;
    try {
      value = (JSON.parse(raw) as { v?: unknown } | null)?.v;
    } catch {
      continue; // unreadable: the store's own sweep quarantines it
    }
    if (!m.belongs(value)) continue;
    store.write(prefix + m.to, raw);
    store.remove(prefix + m.from);
    done.push(m.from);
  }
  return done;
}
