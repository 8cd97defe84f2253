/**
 * The `client:stored` directive (see src/integrations/client-directives.ts). Astro inlines this in
 * every page with such an island, so it only looks for a key and reads nothing else: the
 * island's own stores, through the storage engine, read and validate the values.
 */
import type { ClientDirective } from 'astro';
import { hasKeyWith, storedUnder } from './island-wake';

// Another tab's `storage` event, or this tab's storage engine's `course:stored` (STORED_EVENT in
// src/stores/storage.ts, not imported: this script is inlined in the page and must stay small).
const events = ['storage', 'course:stored'];

const stored: ClientDirective = async (load, options, island) => {
  const prefix = String(options.value);
  const watch = (event: Event): void => {
    const keys = event instanceof StorageEvent ? [event.key] : (event as CustomEvent<string[]>).detail;
    if (keys.some((key) => storedUnder(key, prefix))) void wake();
  };
  const wake = async (): Promise<void> => {
    for (const type of events) window.removeEventListener(type, watch);
    island.removeAttribute('data-nothing-stored');
    const hydrate = await load();
    await hydrate();
  };
  if (hasKeyWith(prefix)) await wake();
  else {
    // Lets the island's server-rendered markup say so (`.when-nothing-stored` in global.css).
    island.setAttribute('data-nothing-stored', '');
    for (const type of events) window.addEventListener(type, watch);
  }
};

export default stored;
