import { startTransition, useEffect, useState, type ReactNode } from 'react';
import type { CatalogueLesson } from '../../lib/catalogue';
import { CATALOGUE_FAILED, loadCatalogue } from '../../lib/load-catalogue';

/** The catalogue for a component that needs it to render. */
export function useCatalogue(): { catalogue: CatalogueLesson[] | undefined; error: string | undefined } {
  const [state, setState] = useState<{ catalogue?: CatalogueLesson[]; error?: string }>({});
  useEffect(() => {
    let live = true;
    loadCatalogue().then(
      // A transition: the page's whole table renders in slices React can pause for input and
      // paint, not in one long task when the catalogue arrives.
      (catalogue) => live && startTransition(() => setState({ catalogue })),
      () => {
        if (live) setState({ error: CATALOGUE_FAILED });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return { catalogue: state.catalogue, error: state.error };
}

/** Renders its children once the catalogue has loaded, with a message while it loads or if it fails. */
export function WithCatalogue({ children }: { children: (catalogue: CatalogueLesson[]) => ReactNode }) {
  const { catalogue, error } = useCatalogue();
  if (error)
    return (
      <p className="notice error" role="alert">
        {error}
      </p>
    );
  if (!catalogue) return <p className="save-status">Loading your saved work…</p>;
  return <>{children(catalogue)}</>;
}
