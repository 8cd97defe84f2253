/**
 * Editors by block type (`<type>/Editor.tsx`, exporting `Editor`): what the worksheet engine
 * renders for each block. The diagram tools are deferred: their code is a chunk of its own,
 * fetched once the learner acts on the page (Deferred.tsx, first-interaction.ts), so the
 * worksheet island stays inside the size budget; until then the server HTML shows the block's
 * label and help. Which types are deferred is the one list below.
 */
import type { ComponentType } from 'react';
import { Deferred } from '../components/worksheet/Deferred';
import type { EditorProps } from '../components/worksheet/types';
import { byType } from './by-type';
import type { BlockType } from './types';

export type Editor<T extends BlockType> = ComponentType<EditorProps<T>>;

/** An editor whose code loads only once the learner acts on a page that has one. */
export function deferred<T extends BlockType>(load: () => Promise<Editor<T>>): Editor<T> {
  const DeferredEditor = (props: EditorProps<T>) => <Deferred load={load} props={props} />;
  return DeferredEditor;
}

// Vite needs literal patterns: the deferred types are named in both.
const loaded = import.meta.glob<Editor<BlockType>>(['./*/Editor.tsx', '!./{advice-network,sort,decision-timeline,cycle-planner}/Editor.tsx'], {
  eager: true,
  import: 'Editor',
});
const later = import.meta.glob<Editor<BlockType>>('./{advice-network,sort,decision-timeline,cycle-planner}/Editor.tsx', { import: 'Editor' });

export const editors = {
  ...byType(loaded),
  ...Object.fromEntries(Object.entries(byType(later)).map(([type, load]) => [type, deferred(load)])),
} as { [T in BlockType]: Editor<T> };
