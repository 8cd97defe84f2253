import { useEffect, useState, type ComponentType } from 'react';
import type { Block } from '../../blocks/types';
import { firstInteraction } from './first-interaction';

/**
 * A block whose component loads only on a page that uses it (the diagram tools), so every
 * other worksheet island stays small, and only once the learner starts using the page (see
 * first-interaction.ts), so opening a lesson costs no tool code. The server and the first
 * client render show the block's label and help; the tool replaces them once its code arrives.
 */
export function Deferred<P extends { block: Block }>({ load, props }: { load: () => Promise<ComponentType<P>>; props: P }) {
  const [Loaded, setLoaded] = useState<ComponentType<P> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    firstInteraction()
      .then(load)
      .then(
        (component) => {
          if (live) setLoaded(() => component);
        },
        () => {
          if (live) setFailed(true);
        },
      );
    return () => {
      live = false;
    };
  }, [load]);
  if (Loaded) return <Loaded {...props} />;
  const { block } = props;
  return (
    <div className="block tool-loading" data-block={block.id} data-type={block.type} aria-busy={!failed}>
      <h3 className="block-label">{block.label}</h3>
      {block.help && <p className="block-help">{block.help}</p>}
      <p className={failed ? 'notice' : 'save-status'} role={failed ? 'alert' : undefined}>
        {failed ? 'This tool could not be loaded. Check your connection, then reload the page; your saved answers are safe.' : 'Loading this tool…'}
      </p>
    </div>
  );
}
