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

const stored: ClientDirective = async (load, options) => {
  const prefix = String(options.value);
  const wake = async (): Promise<void> => {
    window.removeEventListener('storage', onStorage);
    const hydrate = await load();
    await hydrate();
  };
  const onStorage = (event: StorageEvent): void => {
    if (event.key?.startsWith(prefix)) void wake();
  };
  if (hasKeyWith(prefix)) await wake();
  else window.addEventListener('storage', onStorage);
};

export default stored;
