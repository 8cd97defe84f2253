import { Lines, type PrintProps } from '../print-parts';

export const Print = ({ block }: PrintProps<'text'>) => <Lines n={block.rows + 2} />;
