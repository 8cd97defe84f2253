import type { ReactNode } from 'react';
import type { BaseBlock } from '../../blocks/common';

/** Label, help and tags shared by every block; `fieldset` where the block groups several controls. */
export function BlockFrame(props: {
  block: BaseBlock;
  htmlId: string;
  as: 'fieldset' | 'div';
  /** For a single control: the id of the control the label names. */
  labelFor?: string;
  children: ReactNode;
}) {
  const { block, htmlId, as, labelFor, children } = props;
  const tags = (
    <>
      {block.required && <span className="tag">Required</span>}
      {block.private && <span className="tag">Private: left out of hand-ins unless you include it</span>}
    </>
  );
  const help = block.help ? (
    <p className="block-help" id={`${htmlId}-help`}>
      {block.help}
    </p>
  ) : null;
  if (as === 'fieldset') {
    return (
      <fieldset className="block" data-block={block.id} data-type={block.type} aria-describedby={block.help ? `${htmlId}-help` : undefined}>
        <legend className="block-label">
          {block.label}
          {tags}
        </legend>
        {help}
        {children}
      </fieldset>
    );
  }
  return (
    <div className="block" data-block={block.id} data-type={block.type}>
      <label className="block-label" htmlFor={labelFor} id={`${htmlId}-label`}>
        {block.label}
        {tags}
      </label>
      {help}
      {children}
    </div>
  );
}
