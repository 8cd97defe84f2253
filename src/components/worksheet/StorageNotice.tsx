import { useStore } from '@nanostores/react';
import { url } from '../../lib/paths';
import { makePortfolio } from '../../lib/portfolio';
import { $quarantine } from '../../stores/quarantine';
import { $storageHealth } from '../../stores/storage';
import { snapshot } from '../../stores/workbook';
import { download, today } from '../workbook/download';
import { useHydrated } from './useAnswer';

/** Save what is held in memory right now: the other pages of the site cannot see it. */
async function exportNow(): Promise<void> {
  const file = await makePortfolio(snapshot(), { siteVersion: __SITE_VERSION__ });
  download(`dl-portfolio-${today()}.json`, JSON.stringify(file, null, 2), 'application/json');
}

/**
 * Says plainly when work is not being saved (storage full or blocked) or when a saved value
 * could not be read and was set aside, with the way out right there.
 */
export function StorageNotice() {
  const ready = useHydrated();
  const health = useStore($storageHealth);
  const quarantined = useStore($quarantine);
  if (!ready) return null;
  return (
    <div role="status" className="storage-notice">
      {health !== 'ok' && (
        <div className="notice error" data-storage-warning>
          <strong>Your work is not being saved in this browser.</strong>{' '}
          {health === 'full'
            ? 'The browser’s storage for this site is full.'
            : 'This browser does not let the site store anything (private mode or blocked storage).'}{' '}
          Your answers are kept only while this page stays open: save them to a file now so you do not lose them.{' '}
          <button type="button" className="primary" onClick={() => void exportNow()}>
            Download my work now
          </button>
        </div>
      )}
      {quarantined.length > 0 && (
        <div className="notice" data-quarantine-warning>
          <strong>Some saved data could not be read</strong> and has been set aside rather than deleted ({quarantined.length}{' '}
          {quarantined.length === 1 ? 'item' : 'items'}). <a href={url('/workbook/#recovery')}>Download it from your workbook</a>.
        </div>
      )}
    </div>
  );
}
