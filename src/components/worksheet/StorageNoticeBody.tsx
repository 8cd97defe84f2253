import { useState } from 'react';
import { url } from '../../lib/paths';
import type { StorageHealth } from '../../stores/storage';
import { fileFailure } from '../../lib/download';

/**
 * What StorageNotice says when there is something to say: that work is not being saved
 * (storage full, or blocked) and what to do about it, or that a saved value could not be read
 * and was set aside, with the way out right there. Loaded only then.
 */
export default function StorageNoticeBody({ health, quarantined }: { health: StorageHealth; quarantined: number }) {
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <>
      {health !== 'ok' && (
        <div className="notice error" data-storage-warning={health}>
          <strong>Your latest changes are not being saved in this browser.</strong>{' '}
          {health === 'full' ? (
            <>
              The browser’s storage for this site is full. Your earlier answers are safe; what you change now is kept only while this page stays open. Download
              your work now. To make room, clear this site’s data in your browser’s settings and then import the downloaded file from your workbook, or ask
              whoever runs the website to remove other data it keeps in this browser. The course saves again by itself as soon as there is room, and this
              message goes away.
            </>
          ) : (
            <>
              This browser does not let the site store anything (private browsing, or site data blocked in its settings). Your answers are kept only while this
              page stays open. Download your work before you close it, and import the file next time from your workbook; or allow this site to store data in
              your browser’s settings and reload.
            </>
          )}{' '}
          <button
            type="button"
            className="primary"
            onClick={() => {
              setFailure(null);
              import('../../stores/emergency-export').then((m) => m.exportNow()).catch((error: unknown) => setFailure(fileFailure('file of your work', error)));
            }}
          >
            Download my work now
          </button>
          {failure && (
            <p role="alert" data-file-error>
              {failure}
            </p>
          )}
        </div>
      )}
      {quarantined > 0 && (
        <div className="notice" data-quarantine-warning>
          <strong>Some saved data could not be read</strong> and has been set aside rather than deleted ({quarantined} {quarantined === 1 ? 'item' : 'items'}).{' '}
          <a href={url('/workbook/#recovery')}>Download it from your workbook</a>.
        </div>
      )}
    </>
  );
}
