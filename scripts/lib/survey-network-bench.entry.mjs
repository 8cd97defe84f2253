// What scripts/bench-survey-network.mjs runs inside Chromium: the survey network's measures,
// readings and layout on the synthetic 150-person school, bundled by Vite as the site bundles
// them (the same modules, minified).
import { analyseQuestion } from '../../src/lib/survey-network/measures.ts';
import { layoutNetwork } from '../../src/lib/survey-network/layout.ts';
import { readings } from '../../src/lib/survey-network/readings.ts';
import { syntheticSchool } from './synthetic-school.mjs';

const school = syntheticSchool({ people: 150, ties: 1500 });

let network;

/** The measures with their readings: milliseconds, and the size of the network. */
window.surveyNetworkMeasures = () => {
  const t0 = performance.now();
  network = analyseQuestion(school, 'instruction');
  readings(network, (p) => p.name);
  return { ms: performance.now() - t0, people: network.people.length, ties: network.ties.length };
};

/** The layout of the network the measures built: milliseconds. */
window.surveyNetworkLayout = () => {
  const t0 = performance.now();
  const layout = layoutNetwork(network);
  return { ms: performance.now() - t0, placed: layout.nodes.size };
};
