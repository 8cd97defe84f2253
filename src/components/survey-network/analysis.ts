/**
 * The heavy half of the survey network view, loaded when the first question is drawn: the
 * graphology measures, their readings and the ForceAtlas2 layout (one chunk, shared by every
 * question).
 */
export { analyseQuestion } from '../../lib/survey-network/measures';
export { layoutNetwork } from '../../lib/survey-network/layout';
export { readings } from '../../lib/survey-network/readings';
