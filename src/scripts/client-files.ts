/**
 * The `client:files` directive (see src/integrations/client-directives.ts): hydrate an island only
 * when a file is chosen in its file field or dropped on it. The review page uses it so a
 * provider who opens it downloads no framework and no file-reading code until there is a file
 * to read. A dropped file is put in the island's file field, where the island finds it when it
 * wakes; files dropped while it loads join it.
 */
import type { ClientDirective } from 'astro';
import { keepFiles, waker } from './island-wake';

const files: ClientDirective = (load, _options, el) => keepFiles(el, waker(load));

export default files;
