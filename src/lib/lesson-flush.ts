/**
 * The launch page of an LMS package asks the lesson in its frame to write what it holds only in
 * memory (typing still inside the answer store's short pause, fields filled before their island
 * woke), so a file made at once holds the edit just typed. Same origin only, both ways: the
 * request goes to the frame's window with the launch page's origin as the target, and each side
 * reads only messages from the other's window and origin. The lesson's side is in
 * src/scripts/early-save.ts, the launch page's in src/scripts/lms-launch.ts. Names only: every
 * lesson page loads this file (astro.config.mjs puts it in the storage chunk).
 */

/** The message the launch page posts to the lesson frame, `{ type, id }`. */
export const FLUSH_REQUEST = 'course:flush-request';
/** The lesson page's reply, `{ type, id }` with the request's id, once everything is written. */
export const FLUSH_DONE = 'course:flush-done';
/** The event the lesson page dispatches on its window: stores holding pending writes listen to it and write at once. */
export const FLUSH_EVENT = 'course:flush';
