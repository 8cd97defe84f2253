// What scripts/bench-survey-network.mjs runs inside Chromium: the survey network's measures,
// readings and layout on the synthetic 150-person school, bundled by Vite as the site bundles
// them (the same modules, minified).
import { analyseQuestion } from '../../src/lib/survey-network/measures.ts';
import { layoutNetwork } from '../../src/lib/survey-network/layout.ts';
import { readings } from '../../src/lib/survey-network/readings.ts';
import { syntheticSchool } from './synthetic-school.mjs';

const school = syntheticSchool({ people: 150, ties: 1500 });

/** One run: milliseconds for the measures (with their readings) and for the layout. */
window.surveyNetworkBench = () => {
  const t0 = performance.now();
  const network = analyseQuestion(school, 'instruction');
  readings(network, (p) => p.name);
  const t1 = performance.now();
  const layout = layoutNetwork(network);
  const t2 = performance.now();
  return { measuresMs: t1 - t0, layoutMs: t2 - t1, people: network.people.length, ties: network.ties.length, placed: layout.nodes.size };
};
