/**
 * The survey network's heavy half in a Web Worker: the graphology measures and the ForceAtlas2
 * layout of one question, so the leader's page never stops answering while they run (on a slow
 * phone they take a few hundred milliseconds). Bundled by Vite as a file of the site's own, so
 * the CSP's `worker-src 'self'` allows it and the service worker caches it for offline use.
 * The component's side is useNetworkAnalysis.ts; it falls back to the main thread when a
 * worker cannot start.
 */
import { analyseQuestion, type QuestionNetwork } from './measures';
import { layoutNetwork, type NetworkLayout } from './layout';
import type { SurveyResults } from '../survey/model';

export interface AnalysisRequest {
  id: number;
  results: SurveyResults;
  questionId: string;
}

export type AnalysisReply = { id: number; network: QuestionNetwork; layout: NetworkLayout } | { id: number; error: string };

// The DOM's types describe a window here; a dedicated worker's scope posts with no target origin.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(reply: AnalysisReply): void;
};

scope.onmessage = ({ data: { id, results, questionId } }) => {
  try {
    const network = analyseQuestion(results, questionId);
    scope.postMessage({ id, network, layout: layoutNetwork(network) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
