/** The storage engine's health as a store, for the notice that says storage is full or blocked. */
import { atom, onMount } from 'nanostores';
import { onStorageHealth, storageHealth, type StorageHealth } from './storage';

export type { StorageHealth };

/** 'ok' while every write reaches localStorage; 'full' or 'blocked' while some are held in memory. */
export const $storageHealth = atom<StorageHealth>(storageHealth());

onMount($storageHealth, () => {
  $storageHealth.set(storageHealth());
  return onStorageHealth((health) => $storageHealth.set(health));
});
