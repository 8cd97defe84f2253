/**
 * The `client:files` directive (see src/integrations/client-directives.ts): hydrate an island only
 * when a file is chosen in its file field or dropped on it. The review page uses it so a
 * provider who opens it downloads no framework and no file-reading code until there is a file
 * to read. A dropped file is put in the island's file field, where the island finds it when it
 * wakes; files dropped while it loads join it. It wakes at once when hand-ins were kept from an
 * earlier visit.
 */
import type { ClientDirective } from 'astro';
import { hasKeyWith, keepFiles, waker } from './island-wake';

// The review page keeps loaded hand-ins across a reload (components/providers/kept-handins.ts,
// KEPT_MARKER; not imported: this script is inlined in the page): then it wakes at once.
const files: ClientDirective = (load, _options, el) => {
  const wake = waker(load);
  keepFiles(el, wake);
  if (hasKeyWith('course:v1:review-kept')) void wake.wake();
};

export default files;
