import type { ReactNode } from 'react';
import type { BaseBlock } from '../../blocks/common';

/**
 * Label, help and tags shared by every block editor, so each shows "Required" and "Private" the
 * same way. `fieldset` where the block groups form controls; `div` for a single control the
 * label names (`labelFor`); `group` for a tool with its own tables and diagrams (a heading
 * names the group).
 */
export function BlockFrame(props: {
  block: BaseBlock;
  htmlId: string;
  as: 'fieldset' | 'div' | 'group';
  /** For a single control: the id of the control the label names. */
  labelFor?: string;
  /** Extra class on the frame, for the block's own layout. */
  className?: string;
  /** Ids of further descriptions of the whole block (besides its help). */
  describedBy?: string;
  children: ReactNode;
}) {
  const { block, htmlId, as, labelFor, className, describedBy, children } = props;
  // Brackets for the accessible name only: without them a screen reader reads the label and
  // the tags as one run of words ("…prioritiesRequiredPrivate").
  const tag = (text: string) => (
    <>
      {' '}
      <span className="tag">
        <span className="visually-hidden">(</span>
        {text}
        <span className="visually-hidden">)</span>
      </span>
    </>
  );
  const tags = (
    <>
      {block.required && tag('Required')}
      {block.private && tag('Private: left out of hand-ins unless you include it')}
    </>
  );
  const helpId = `${htmlId}-help`;
  // On paper a block prints its help as the handouts do (printHelp: no note that appears, no
  // feedback to read), where the screen's wording does not hold there.
  const help = block.help ? (
    <>
      <p className={block.printHelp === undefined ? 'block-help' : 'block-help no-print'} id={helpId}>
        {block.help}
      </p>
      {block.printHelp && <p className="block-help print-only">{block.printHelp}</p>}
    </>
  ) : null;
  const frame = { className: className ? `block ${className}` : 'block', 'data-block': block.id, 'data-type': block.type };
  const description = [block.help ? helpId : '', describedBy ?? ''].filter(Boolean).join(' ') || undefined;
  if (as === 'fieldset') {
    return (
      <fieldset {...frame} aria-describedby={description}>
        <legend className="block-label">
          {block.label}
          {tags}
        </legend>
        {help}
        {children}
      </fieldset>
    );
  }
  if (as === 'group') {
    return (
      <div {...frame} role="group" aria-labelledby={`${htmlId}-label`} aria-describedby={description}>
        <h3 className="block-label" id={`${htmlId}-label`}>
          {block.label}
          {tags}
        </h3>
        {help}
        {children}
      </div>
    );
  }
  return (
    <div {...frame}>
      <label className="block-label" htmlFor={labelFor} id={`${htmlId}-label`}>
        {block.label}
        {tags}
      </label>
      {help}
      {children}
    </div>
  );
}
