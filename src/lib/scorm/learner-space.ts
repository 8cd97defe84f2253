/**
 * Whose space the package's answers live in, in this browser (see the learner spaces in
 * src/stores/storage.ts and docs/lms.md). A learner's space is named by a hash of the LMS's
 * learner id, so the id itself is never written into the browser's storage; an LMS that gives
 * no id (a preview, a test player) gets one space of its own, apart from every learner's.
 * Synchronous and Web Crypto free: LMSs serve packages over plain http too.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The space of launches whose LMS gave no learner id. */
export const NO_LEARNER_SPACE = 'no-learner';

/** The space id for an LMS learner id: `l-` and 32 hex digits (128 bits of SHA-256). */
export function learnerSpaceId(learnerId: string): string {
  const id = learnerId.trim();
  if (!id) return NO_LEARNER_SPACE;
  // The course's own label keeps these hashes apart from any other use of the same id.
  return `l-${bytesToHex(sha256(utf8ToBytes(`dl-course learner space\u0000${id}`))).slice(0, 32)}`;
}
