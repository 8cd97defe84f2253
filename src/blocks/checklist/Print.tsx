import { Box, type PrintProps } from '../print-parts';

export function Print({ block }: PrintProps<'checklist'>) {
  return (
    <ul className="ho-options">
      {block.items.map((item) => (
        <li key={item.id}>
          <Box />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
