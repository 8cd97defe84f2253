import { useEffect, useRef, useState } from 'react';
import { useHydrated } from './useAnswer';

/**
 * A status line for screen readers that speaks `text` once it has settled: a slider held down
 * or a number typed digit by digit is one announcement of where it ended, not one per step.
 * Silent until the learner changes something (saved answers filling in are not news). The
 * visible text beside it is not a live region, so nothing is said twice.
 */
export function Announce({ text, delay = 700 }: { text: string; delay?: number }) {
  const [said, setSaid] = useState('');
  const ready = useHydrated();
  const before = useRef<string | null>(text);
  useEffect(() => {
    if (!ready) {
      before.current = text;
      return;
    }
    if (text === before.current) return;
    before.current = null;
    const timer = setTimeout(() => setSaid(text), delay);
    return () => clearTimeout(timer);
  }, [text, ready, delay]);
  return (
    <span className="visually-hidden" role="status">
      {said}
    </span>
  );
}
