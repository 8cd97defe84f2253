/**
 * The `client:stored` directive (see src/integrations/client-directives.ts). Astro inlines this in
 * every page with such an island, so it only looks for a key and reads nothing else: the
 * island's own stores, through the storage engine, read and validate the values.
 */
import type { ClientDirective } from 'astro';

const hasKeyWith = (prefix: string): boolean => {
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(prefix)) return true;
  } catch {
    // Blocked storage holds nothing from an earlier visit.
  }
  return false;
};

// The storage engine's event for this tab's own writes (STORED_EVENT in src/stores/storage.ts,
// not imported: this script is inlined in the page and must not pull the engine in).
const STORED_EVENT = 'course:stored';

const stored: ClientDirective = async (load, options) => {
  const prefix = String(options.value);
  const wake = async (): Promise<void> => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(STORED_EVENT, onStored);
    const hydrate = await load();
    await hydrate();
  };
  // Another tab saved one, or this tab did (the workbook setting a damaged value aside).
  const onStorage = (event: StorageEvent): void => {
    if (event.key?.startsWith(prefix)) void wake();
  };
  const onStored = (event: Event): void => {
    if ((event as CustomEvent<string[]>).detail.some((key) => key.startsWith(prefix))) void wake();
  };
  if (hasKeyWith(prefix)) await wake();
  else {
    window.addEventListener('storage', onStorage);
    window.addEventListener(STORED_EVENT, onStored);
  }
};

export default stored;
