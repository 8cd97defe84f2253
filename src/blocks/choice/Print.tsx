import { Box, type PrintProps } from '../print-parts';

export function Print({ block }: PrintProps<'choice'>) {
  return (
    <>
      <p className="ho-help">{block.multiple ? 'Tick all that apply.' : 'Tick one.'}</p>
      <ul className="ho-options">
        {block.options.map((o) => (
          <li key={o.id}>
            <Box round={!block.multiple} />
            {o.label}
          </li>
        ))}
      </ul>
    </>
  );
}
