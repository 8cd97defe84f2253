/**
 * Answers as a reader sees them, in the hand-in preview and on the review page: the nodes of
 * `render-views.ts`, which the portfolio also uses, mounted in a wrapper that takes no room
 * (`display: contents`).
 */
import { useLayoutEffect, useRef } from 'react';
import type { AnswerView } from '../../blocks/answer-view';
import { renderViews } from '../../lib/render-views';

export function AnswerViews({ views }: { views: AnswerView[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    ref.current?.replaceChildren(renderViews(views));
  }, [views]);
  return <div className="answer-views" ref={ref} />;
}
