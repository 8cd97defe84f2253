import { useSyncExternalStore } from 'react';
import { $quarantine, clearQuarantine, type QuarantineEntry } from '../../stores/quarantine';
import { download, today } from '../../lib/download';

/**
 * Saved values that could not be read (damaged, or from another version), set aside instead of
 * deleted: download them, then dismiss. An island of its own near the top of the workbook,
 * woken only when such a value exists (`client:stored` on the quarantine's key prefix).
 */
const NOTHING: QuarantineEntry[] = [];
const subscribe = (changed: () => void) => $quarantine.listen(changed);
const current = () => $quarantine.get();

export default function SetAside() {
  // The page was served with nothing set aside: hydrate with nothing (else React reports a
  // mismatch, error #418, whenever a value was set aside as this page loaded), then show them.
  const items = useSyncExternalStore(subscribe, current, () => NOTHING);
  if (!items.length) return null;
  return (
    <section aria-labelledby="recovery">
      <h2 id="recovery">Data that could not be read</h2>
      <p>
        {items.length} saved {items.length === 1 ? 'value' : 'values'} could not be read (damaged, or written by another version of the course) and were set
        aside instead of deleted. Download them to keep them, or to send to whoever supports your course.
      </p>
      <div className="worksheet-toolbar">
        <button type="button" onClick={() => download(`dl-course-recovered-${today()}.json`, JSON.stringify(items, null, 2), 'application/json')}>
          Download the set-aside data
        </button>
        <button type="button" className="danger" onClick={clearQuarantine}>
          Dismiss (after downloading)
        </button>
      </div>
    </section>
  );
}
