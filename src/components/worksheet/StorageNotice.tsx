import { useStore } from '@nanostores/react';
import { lazy, Suspense } from 'react';
import { $quarantine } from '../../stores/quarantine';
import { $storageHealth } from '../../stores/storage-health';
import { useHydrated } from './useAnswer';

const StorageNoticeBody = lazy(() => import('./StorageNoticeBody'));

/**
 * The live region that says when work is not being saved, or a saved value was set aside. It
 * is there from hydration, so what it says later is announced; the words and the emergency
 * export load only when there is something to say (most visits, never).
 */
export function StorageNotice() {
  const ready = useHydrated();
  const health = useStore($storageHealth);
  const quarantined = useStore($quarantine).length;
  if (!ready) return null;
  return (
    <div role="status" className="storage-notice">
      {(health !== 'ok' || quarantined > 0) && (
        <Suspense fallback={null}>
          <StorageNoticeBody health={health} quarantined={quarantined} />
        </Suspense>
      )}
    </div>
  );
}
