/**
 * The launch page of an LMS package asks the lesson in its frame to write what it holds only in
 * memory (typing still inside the answer store's short pause, fields filled before their island
 * woke), so a file made at once holds the edit just typed. Same origin only, both ways: the
 * request goes to the frame's window with the launch page's origin as the target, and each side
 * reads only messages from the other's window and origin.
 */

/** The message the launch page posts to the lesson frame. */
export const FLUSH_REQUEST = 'course:flush-request';
/** The lesson page's reply, once everything is written. */
export const FLUSH_DONE = 'course:flush-done';
/** The event the lesson page dispatches on its window: stores holding pending writes listen to it and write at once. */
export const FLUSH_EVENT = 'course:flush';
/** How long the launch page waits for the reply: a page still loading, or of another origin, never answers. */
export const FLUSH_WAIT_MS = 1000;

export interface FlushMessage {
  type: typeof FLUSH_REQUEST | typeof FLUSH_DONE;
  id: string;
}

/** A flush message of the given type, or null for anything else posted to the window. */
export function flushMessage(data: unknown, type: FlushMessage['type']): FlushMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type: t, id } = data as { type?: unknown; id?: unknown };
  return t === type && typeof id === 'string' && id.length <= 64 ? { type, id } : null;
}
