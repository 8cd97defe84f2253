import { useEffect, useRef, useState, type ComponentType } from 'react';
import type { Block } from '../../blocks/types';
import { firstInteraction } from './first-interaction';

/** Resolves once the element comes within `margin` of the screen. */
function nearScreen(el: Element, margin: string): { seen: Promise<void>; stop: () => void } {
  let stop = () => {};
  const seen = new Promise<void>((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      { rootMargin: margin },
    );
    observer.observe(el);
    stop = () => observer.disconnect();
  });
  return { seen, stop };
}

/**
 * A block whose component loads only on a page that uses it (the diagram tools), so every
 * other worksheet island stays small, and only once the learner starts using the page (see
 * first-interaction.ts) or the tool comes near the screen: a reader who only scrolls, or a
 * screen reader in browse mode, gets the tool too, and opening a lesson costs no tool code. The
 * server and the first client render show the block's label and help, and say "Loading" only
 * once the code is on its way; the tool replaces them once it arrives.
 */
export function Deferred<P extends { block: Block }>({ load, props }: { load: () => Promise<ComponentType<P>>; props: P }) {
  const [Loaded, setLoaded] = useState<ComponentType<P> | null>(null);
  const [state, setState] = useState<'waiting' | 'loading' | 'failed'>('waiting');
  const placeholder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    const near = placeholder.current ? nearScreen(placeholder.current, '200px') : undefined;
    Promise.race([firstInteraction(), ...(near ? [near.seen] : [])])
      .then(() => {
        near?.stop();
        if (live) setState('loading');
        return load();
      })
      .then(
        (component) => {
          if (live) setLoaded(() => component);
        },
        () => {
          if (live) setState('failed');
        },
      );
    return () => {
      live = false;
      near?.stop();
    };
  }, [load]);
  if (Loaded) return <Loaded {...props} />;
  const { block } = props;
  const failed = state === 'failed';
  return (
    <div ref={placeholder} className="block tool-loading" data-block={block.id} data-type={block.type} aria-busy={state === 'loading'}>
      <h3 className="block-label">{block.label}</h3>
      {/* On paper, the help as the handouts print it (printHelp), where the screen's does not hold there. */}
      {block.help && <p className={block.printHelp === undefined ? 'block-help' : 'block-help no-print'}>{block.help}</p>}
      {block.help && block.printHelp && <p className="block-help print-only">{block.printHelp}</p>}
      {state !== 'waiting' && (
        <p className={failed ? 'notice' : 'save-status'} role={failed ? 'alert' : undefined}>
          {failed ? 'This tool could not be loaded. Check your connection, then reload the page; your saved answers are safe.' : 'Loading this tool…'}
        </p>
      )}
    </div>
  );
}
