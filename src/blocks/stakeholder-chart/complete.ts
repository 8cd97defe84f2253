import { field, filled, items, values } from '../complete-parts';

export const isAnswered = (v: unknown): boolean =>
  items(field(v, 'charts')).some((chart) =>
    items(field(chart, 'rows')).some((row) => values(field(row, 'cells')).some(filled) || items(field(row, 'losses')).length > 0),
  );
