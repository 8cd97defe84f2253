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

/** The worker's code, made into a file of the page's own beforehand (as the site serves it). */
let workerUrl;
window.surveyNetworkPrepareWorker = (workerCode) => {
  workerUrl = URL.createObjectURL(new Blob([workerCode], { type: 'text/javascript' }));
};

/**
 * The same work as the collect page does it: in a fresh Web Worker (the bundled
 * analysis.worker.ts). Milliseconds until the picture's data is back, and meanwhile the main
 * thread's longest task (Long Tasks API: tasks over 50 ms; 0 when none) and its longest pause (a
 * 4 ms timer's largest gap, which on a loaded machine is mostly waiting for a core).
 */
window.surveyNetworkInWorker = () =>
  new Promise((resolve, reject) => {
    let longestTask = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const t0 = performance.now();
    const worker = new Worker(workerUrl);
    let last = performance.now();
    let longestPause = 0;
    const beat = setInterval(() => {
      const now = performance.now();
      longestPause = Math.max(longestPause, now - last);
      last = now;
    }, 4);
    worker.onmessage = ({ data }) => {
      const ms = performance.now() - t0;
      clearInterval(beat);
      worker.terminate();
      // Long-task entries arrive after their task: collect them on the next turn.
      setTimeout(() => {
        for (const entry of observer.takeRecords()) longestTask = Math.max(longestTask, entry.duration);
        observer.disconnect();
        if (data.error) reject(new Error(data.error));
        else resolve({ ms, longestTask, longestPause, people: data.network.people.length });
      }, 0);
    };
    worker.onerror = (e) => reject(new Error(e.message));
    worker.postMessage({ id: 1, results: school, questionId: 'instruction' });
  });
