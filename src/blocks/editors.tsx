/**
 * Editors by block type (`<type>/Editor.tsx`, exporting `Editor`): what the worksheet engine
 * renders for each block.
 *
 * In the browser each type's editor is a chunk of its own, fetched for the worksheets that
 * have one: a worksheet asks for its types' editors (`editorsLoading`) and wakes once they are
 * here, so a page of text questions does not download the charts. On the server, and in unit
 * tests, every editor is here from the start: the page's HTML is rendered in one pass.
 *
 * The diagram tools are deferred further: their code is fetched once the learner acts on the
 * page or the tool comes near the screen (Deferred.tsx, first-interaction.ts); until then the
 * server HTML shows the block's label and help. Which types are deferred is the one pattern below.
 */
import { use, type ComponentType } from 'react';
import { Deferred } from '../components/worksheet/Deferred';
import type { EditorProps } from '../components/worksheet/types';
import { byType } from './by-type';
import type { BlockType } from './types';

export type Editor<T extends BlockType> = ComponentType<EditorProps<T>>;

/** An editor whose code loads only once the learner acts on a page that has one, or scrolls to it. */
export function deferred<T extends BlockType>(load: () => Promise<Editor<T>>): Editor<T> {
  const DeferredEditor = (props: EditorProps<T>) => <Deferred load={load} props={props} />;
  return DeferredEditor;
}

// Vite needs literal patterns: the deferred types are named in both.
const fetchers = byType(
  import.meta.glob<Editor<BlockType>>(['./*/Editor.tsx', '!./{advice-network,sort,decision-timeline,cycle-planner}/Editor.tsx'], { import: 'Editor' }),
);
const later = import.meta.glob<Editor<BlockType>>('./{advice-network,sort,decision-timeline,cycle-planner}/Editor.tsx', { import: 'Editor' });

const loaded = new Map<string, Editor<BlockType>>();
// The server has them all before it renders (the browser's bundle drops this line).
if (import.meta.env.SSR) await Promise.all(Object.entries(fetchers).map(async ([type, fetch]) => loaded.set(type, await fetch())));
/** A promise React's `use` reads at once: marked fulfilled, as React marks the ones it has seen. */
type Thenable = Promise<unknown> & { status?: 'fulfilled'; value?: unknown };
const fulfilled = (promise: Thenable): Thenable => Object.assign(promise, { status: 'fulfilled' as const, value: undefined });
const here: Thenable = fulfilled(Promise.resolve());
const loading = new Map<string, Thenable>();
// A chunk that cannot be fetched (offline before the course was cached, or a page older than
// the site) leaves the worksheet as served: its fields still work, and what is typed in them is
// kept when the learner leaves (scripts/early-save.ts). Never settling keeps React from
// throwing the page's worksheet away.
const never = new Promise<never>(() => {});

/**
 * The editors of these block types, fetched all at once: a promise for React's `use`, the same
 * one for the same types, fulfilled at once when they are all here. Read it unconditionally:
 * React replays a component that waited, and expects the same `use` calls on the replay.
 */
export function editorsLoading(types: readonly BlockType[]): Promise<unknown> {
  const wanted = [...new Set(types)].filter((type) => fetchers[type]).sort();
  const key = wanted.join(' ');
  const asked = loading.get(key);
  if (asked) return asked;
  const missing = wanted.filter((type) => !loaded.has(type));
  if (missing.length === 0) return here;
  const promise: Thenable = Promise.all(missing.map((type) => fetchers[type]!().then((editor) => loaded.set(type, editor)))).then(
    () => void fulfilled(promise),
    () => never,
  );
  loading.set(key, promise);
  return promise;
}

/** A fetched type's editor; a worksheet renders its blocks once `editorsLoading` says they are here. */
function fetched<T extends BlockType>(type: T): Editor<T> {
  const FetchedEditor = (props: EditorProps<T>) => {
    use(editorsLoading([type]));
    const Loaded = loaded.get(type) as unknown as Editor<T>;
    return <Loaded {...props} />;
  };
  return FetchedEditor;
}

export const editors = {
  ...Object.fromEntries(Object.keys(fetchers).map((type) => [type, loaded.get(type) ?? fetched(type as BlockType)])),
  ...Object.fromEntries(Object.entries(byType(later)).map(([type, load]) => [type, deferred(load)])),
} as { [T in BlockType]: Editor<T> };
