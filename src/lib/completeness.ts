/** The short name of the completeness registry (`src/blocks/completeness.ts`): zod-free, for the course map. */
export { isAnswered, type SavedAnswer } from '../blocks/completeness';
