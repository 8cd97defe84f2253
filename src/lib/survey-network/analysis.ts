/**
 * The heavy half of the survey network view, loaded when the first question is drawn: the
 * graphology measures, their readings and the ForceAtlas2 layout (one chunk, shared by every
 * question).
 */
export { analyseQuestion } from './measures';
export { layoutNetwork } from './layout';
export { readings } from './readings';
