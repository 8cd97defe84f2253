/**
 * The emergency download behind StorageNotice's button: everything this page knows, what is
 * stored and what is held only in memory (other pages of the site cannot see the latter).
 * Loaded on click, so worksheets do not carry the export code until it is needed.
 */
import { makePortfolio } from '../lib/portfolio';
import { $learnerName } from './settings';
import { snapshot } from './workbook';
import { download, today } from '../lib/download';

export async function exportNow(): Promise<void> {
  const name = $learnerName.get();
  const file = await makePortfolio(snapshot(), { siteVersion: __SITE_VERSION__, ...(name ? { learnerName: name } : {}) });
  download(`dl-portfolio-${today()}.json`, JSON.stringify(file, null, 2), 'application/json');
}
