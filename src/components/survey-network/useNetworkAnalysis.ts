/**
 * One question's network and layout for the view, computed off the main thread: in a Web Worker
 * (src/lib/survey-network/analysis.worker.ts), started with the first question drawn and kept
 * for the next ones. Where no worker can start (an old browser, a policy that refuses it), the
 * same modules load on the main thread instead, as before. While a newer question or newer
 * answers are worked out, the last picture stays.
 */
import { useEffect, useRef, useState } from 'react';
import type { SurveyResults } from '../../lib/survey/model';
import type { QuestionNetwork } from '../../lib/survey-network/measures';
import type { NetworkLayout } from '../../lib/survey-network/layout';
import type { AnalysisReply, AnalysisRequest } from '../../lib/survey-network/analysis.worker';

export interface NetworkAnalysis {
  network?: QuestionNetwork;
  layout?: NetworkLayout;
  failed?: string;
}

type Computed = { network: QuestionNetwork; layout: NetworkLayout };

async function onMainThread(results: SurveyResults, questionId: string): Promise<Computed> {
  const m = await import('../../lib/survey-network/analysis');
  const network = m.analyseQuestion(results, questionId);
  return { network, layout: m.layoutNetwork(network) };
}

export function useNetworkAnalysis(results: SurveyResults, questionId: string | undefined): NetworkAnalysis {
  const [state, setState] = useState<NetworkAnalysis>({});
  // undefined: not started yet; null: no worker here, the main thread does the work.
  const worker = useRef<Worker | null | undefined>(undefined);
  const sequence = useRef(0);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = undefined;
    },
    [],
  );

  useEffect(() => {
    if (!questionId) return;
    let live = true;
    const inWorker = () =>
      new Promise<Computed>((resolve, reject) => {
        if (worker.current === undefined) {
          try {
            worker.current = new Worker(new URL('../../lib/survey-network/analysis.worker.ts', import.meta.url), { type: 'module' });
          } catch {
            worker.current = null;
          }
        }
        const w = worker.current;
        if (!w) return reject(new Error('no worker'));
        const id = ++sequence.current;
        const done = () => {
          w.removeEventListener('message', onMessage);
          w.removeEventListener('error', onError);
        };
        const onMessage = ({ data }: MessageEvent<AnalysisReply>) => {
          if (data.id !== id) return;
          done();
          if ('error' in data) reject(new Error(data.error));
          else resolve(data);
        };
        // The worker's file could not load or run: from now on the main thread does the work.
        const onError = (event: Event) => {
          event.preventDefault();
          done();
          w.terminate();
          if (worker.current === w) worker.current = null;
          reject(new Error('the worker stopped'));
        };
        w.addEventListener('message', onMessage);
        w.addEventListener('error', onError);
        const request: AnalysisRequest = { id, results, questionId };
        w.postMessage(request);
      });
    inWorker()
      .catch(() => onMainThread(results, questionId))
      .then(
        (computed) => live && setState(computed),
        (e: unknown) =>
          live &&
          setState({
            failed: `The network could not be drawn${e instanceof Error && e.message ? ` (${e.message})` : ''}. The answers are safe in this browser: reload the page to try again.`,
          }),
      );
    return () => {
      live = false;
    };
  }, [results, questionId]);

  return state;
}
