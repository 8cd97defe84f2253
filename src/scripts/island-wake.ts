/**
 * What the course's wake-on-use directives share (`client:files`, `client:interaction`,
 * `client:stored`): an island that is still asleep keeps what the learner did to it, and gets
 * it once awake.
 */

/**
 * Whether this browser holds a value under a key that starts with `prefix` (blocked storage
 * holds none). Inside an LMS package keys carry a learner space before the prefix
 * (src/stores/storage.ts): any space's key counts, since waking an island reads nothing by
 * itself, and its stores see only their own learner's keys.
 */
export function hasKeyWith(prefix: string): boolean {
  try {
    for (let i = 0; i < localStorage.length; i++) if (storedUnder(localStorage.key(i), prefix)) return true;
  } catch {
    // Blocked storage holds nothing from an earlier visit.
  }
  return false;
}

/** Whether a localStorage key is `prefix`'s, on the site or in a learner space. */
export function storedUnder(key: string | null | undefined, prefix: string): boolean {
  return !!key && (key.startsWith(prefix) || (key.startsWith('course:space:') && key.includes(`:${prefix}`)));
}

/** An island's hydration, started once; `then` runs after it, at once if it already has. */
export function waker(load: () => Promise<() => Promise<void>>) {
  let state: 'asleep' | 'waking' | 'awake' = 'asleep';
  const after: Array<() => void> = [];
  return {
    get state() {
      return state;
    },
    async wake(): Promise<void> {
      if (state !== 'asleep') return;
      state = 'waking';
      const hydrate = await load();
      await hydrate();
      state = 'awake';
      for (const run of after.splice(0)) run();
    },
    then(run: () => void): void {
      if (state === 'awake') run();
      else after.push(run);
    },
  };
}

/**
 * Files for a sleeping island: choosing a file in its field wakes it, and so does dropping one
 * on it, which puts the file in the field (joining files dropped while it wakes) instead of
 * letting the browser open it in place of the page. The island reads its field when it mounts.
 */
export function keepFiles(el: HTMLElement, island: ReturnType<typeof waker>): void {
  const input = el.querySelector<HTMLInputElement>('input[type=file]');
  el.addEventListener('dragover', (e) => {
    if (island.state !== 'awake') e.preventDefault();
  });
  el.addEventListener('drop', (e) => {
    if (island.state === 'awake' || !input) return;
    e.preventDefault();
    const dropped = e.dataTransfer?.files;
    if (!dropped?.length) return;
    const all = new DataTransfer();
    for (const f of [...(island.state === 'waking' ? Array.from(input.files ?? []) : []), ...Array.from(dropped)]) all.items.add(f);
    input.files = all.files;
    void island.wake();
  });
  el.addEventListener('change', () => void island.wake());
}
