import { browser } from 'wxt/browser';
import { getTabCandidate, setTabCandidate } from '@/storage/tab-state';
import { refreshBadge, refreshBadgeForTab } from './badge';
import { frameHolds, frameReports, forgetTab } from './frames';

/**
 * Keeps each tab's candidate (and so the popup, side panel and badge) true
 * to what the tab shows, with no "tabs" permission:
 * - switching tabs recomputes the badge (a step may have become overdue);
 * - a finished load checks that one of our content scripts still holds the
 *   candidate; when the tab went to a page where none runs, it is cleared
 *   (pages where one runs report or clear themselves);
 * - a closed tab forgets everything.
 */
export function registerTabLifecycle(): void {
  browser.tabs.onActivated.addListener(({ tabId }) => void refreshBadgeForTab(tabId).catch(() => undefined));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'complete') void verifyTabCandidate(tabId).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void setTabCandidate(tabId, null);
    void forgetTab(tabId);
  });
}

export async function verifyTabCandidate(tabId: number): Promise<void> {
  if (!(await getTabCandidate(tabId))) return;
  if ((await frameHolds(tabId, 0)) !== undefined) return; // our script runs in the top frame: it keeps the state itself
  for (const report of await frameReports(tabId)) {
    if (report.frameId !== 0 && (await frameHolds(tabId, report.frameId)) === report.candidateKey) return;
  }
  await setTabCandidate(tabId, null);
  await forgetTab(tabId);
  await refreshBadge(tabId, null);
}
