// What scripts/bench-board.mjs runs inside Chromium to make the flood: the transport's own seal,
// bundled by Vite as the site bundles it.
import { seal } from '../../src/lib/transport/envelope.ts';

window.boardBenchSeal = seal;
