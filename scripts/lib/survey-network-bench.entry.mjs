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

/**
 * The same work as the collect page does it: in a Web Worker made from `workerCode` (the bundled
 * analysis.worker.ts). Milliseconds until the picture's data is back, and the main thread's
 * longest pause meanwhile (a 4 ms timer's largest gap): what the leader feels.
 */
window.surveyNetworkInWorker = (workerCode) =>
  new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([workerCode], { type: 'text/javascript' }));
    const t0 = performance.now();
    const worker = new Worker(url);
    let last = performance.now();
    let longest = 0;
    const beat = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 4);
    worker.onmessage = ({ data }) => {
      const ms = performance.now() - t0;
      clearInterval(beat);
      longest = Math.max(longest, performance.now() - last);
      worker.terminate();
      if (data.error) reject(new Error(data.error));
      else resolve({ ms, mainThreadLongestMs: longest, people: data.network.people.length });
    };
    worker.onerror = (e) => reject(new Error(e.message));
    worker.postMessage({ id: 1, results: school, questionId: 'instruction' });
  });
