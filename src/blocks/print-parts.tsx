/**
 * Pieces the print forms (`<type>/Print.tsx`) share: ruled lines and empty table cells. Styles
 * are the handout sheet's (src/components/facilitate/PrintSheet.astro).
 */
import type { ReactNode } from 'react';
import type { BlockOf, BlockType } from './types';

export interface PrintProps<T extends BlockType> {
  block: BlockOf<T>;
  /** Case titles and sheet links by scenario id, for blocks about a case. */
  cases: Record<string, { title: string; href: string }>;
}

/** How a printed block sits on the page. */
export interface PrintLayout {
  /** A wide table: a landscape page of its own. */
  landscape?: boolean;
  /** A long table may continue on the next page (short blocks never split). */
  breakable?: boolean;
}

export const count = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Ruled lines to write on. */
export function Lines({ n }: { n: number }) {
  return (
    <div className="ho-lines" aria-hidden="true">
      {count(n).map((i) => (
        <span key={i} className="ho-line" />
      ))}
    </div>
  );
}

/** Empty cells for a row of a blank table. */
export function Cells({ n, short = false }: { n: number; short?: boolean }) {
  return (
    <>
      {count(n).map((i) => (
        <td key={i} className={short ? 'ho-cell short' : 'ho-cell'} />
      ))}
    </>
  );
}

/** A box to tick. */
export const Box = ({ round = false }: { round?: boolean }) => <span className={round ? 'ho-box round' : 'ho-box'} aria-hidden="true" />;

/** A blank table's header row: what the rows are, then one column each, with an optional note under the name. */
export function Head({ first, columns }: { first: ReactNode; columns: { id: string | number; label: ReactNode; note?: string | undefined }[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {columns.map((c) => (
          <th scope="col" key={c.id}>
            {c.label}
            {c.note && <span className="ho-question">{c.note}</span>}
          </th>
        ))}
      </tr>
    </thead>
  );
}
