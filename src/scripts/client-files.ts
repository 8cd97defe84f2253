/**
 * The `client:files` directive (see src/integrations/client-directives.ts): hydrate an island only
 * when a file is chosen in its file field or dropped on it. The review page uses it so a
 * provider who opens it downloads no framework and no file-reading code until there is a file
 * to read. A dropped file is put in the island's file field, where the island finds it when it
 * wakes; files dropped while it loads join it.
 */
import type { ClientDirective } from 'astro';

const files: ClientDirective = (load, _options, el) => {
  const input = el.querySelector<HTMLInputElement>('input[type=file]');
  let state: 'asleep' | 'waking' | 'awake' = 'asleep';
  const wake = async (): Promise<void> => {
    if (state !== 'asleep') return;
    state = 'waking';
    const hydrate = await load();
    await hydrate();
    state = 'awake';
  };
  // Until the island runs, a file dropped here must not be opened by the browser in place of the page.
  el.addEventListener('dragover', (e) => {
    if (state !== 'awake') e.preventDefault();
  });
  el.addEventListener('drop', (e) => {
    if (state === 'awake' || !input) return;
    e.preventDefault();
    const dropped = e.dataTransfer?.files;
    if (!dropped?.length) return;
    const all = new DataTransfer();
    for (const f of [...(state === 'waking' ? Array.from(input.files ?? []) : []), ...Array.from(dropped)]) all.items.add(f);
    input.files = all.files;
    void wake();
  });
  el.addEventListener('change', () => void wake());
};

export default files;
