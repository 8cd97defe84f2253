/**
 * Print forms by block type (`<type>/Print.tsx`): the block printed blank for a facilitated
 * session, with room to write (ruled lines, empty cells, boxes to tick) and any grid or table
 * drawn. Rendered to static HTML at build time (src/components/facilitate/HandoutBlock.astro):
 * no script reaches the handout page.
 */
import type { ComponentType } from 'react';
import type { PrintLayout, PrintProps } from './print-parts';
import { byType } from './by-type';
import type { Block, BlockOf, BlockType } from './types';

/** What a type's `Print.tsx` exports: the form, and how it sits on the page when not a short block. */
export interface PrintModule<T extends BlockType> {
  Print: ComponentType<PrintProps<T>>;
  layout?: PrintLayout | ((block: BlockOf<T>) => PrintLayout);
  /**
   * `false` where the block's help speaks of the screen (a tool that redraws or gives feedback
   * as the learner works): the form then says what to do on paper instead.
   */
  screenHelp?: false;
}

/** Each type's print form, from its folder's `Print.tsx`. */
export const prints = byType(import.meta.glob<PrintModule<BlockType>>('./*/Print.tsx', { eager: true })) as {
  [T in BlockType]: PrintModule<T>;
};

/** One block printed blank: number, prompt, guidance, then its type's form. */
export function PrintBlock({
  block,
  number,
  cases = {},
  registry = prints as Record<string, PrintModule<BlockType>>,
}: {
  block: Block;
  number: number;
  cases?: PrintProps<BlockType>['cases'];
  /** The print forms to use: a test passes its own. */
  registry?: Record<string, PrintModule<BlockType>>;
}) {
  const m = registry[block.type];
  if (!m) throw new Error(`No print form for block type "${block.type}"`);
  const layout = typeof m.layout === 'function' ? m.layout(block as never) : (m.layout ?? {});
  const headingId = `block-${block.id}`;
  // The paper wording where the screen's would not hold ("a note appears…").
  const help = block.printHelp ?? block.help;
  const classes = ['ho-block', layout.landscape && 'ho-landscape', layout.breakable && 'ho-breakable'].filter(Boolean).join(' ');
  return (
    <section className={classes} aria-labelledby={headingId} data-type={block.type}>
      <h2 className="ho-label" id={headingId}>
        <span className="ho-number">{number}.</span> {block.label}
        {block.private && <span className="tag">Keep this one for yourself</span>}
      </h2>
      {help && m.screenHelp !== false && <p className="ho-help">{help}</p>}
      <m.Print block={block as never} cases={cases} />
    </section>
  );
}
