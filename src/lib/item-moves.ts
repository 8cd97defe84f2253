// Moving, restoring and removing rows in an editable list: the stakeholder chart's rows and
// Activity 1's list share these, so focus and undo behave alike.

/** Move the item at `from` to `to` (clamped to the list); returns a new list. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= next.length) return next;
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item as T);
  return next;
}

/** Put a removed item back where it was (or at the end when the list has shrunk since). */
export function restoreItem<T>(items: readonly T[], item: T, index: number): T[] {
  const next = [...items];
  next.splice(Math.max(0, Math.min(index, next.length)), 0, item);
  return next;
}

/** After removing the row at `index` from a list that now has `remaining` rows: the row to focus, or -1 for none. */
export function focusAfterRemoval(index: number, remaining: number): number {
  if (remaining === 0) return -1;
  return Math.min(index, remaining - 1);
}
