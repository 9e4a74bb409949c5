import { browser } from 'wxt/browser';
import { getTabCandidate, setTabCandidate } from '@/storage/tab-state';
import { refreshBadge, refreshBadgeForTab } from './badge';
import { frameHolds, frameReports, forgetTab } from './frames';

/**
 * Keeps each tab's candidate (and so the popup, side panel and badge) true
 * to what the tab shows, with no "tabs" permission. Pages report and say
 * goodbye themselves (content/start.ts); on top of that:
 * - switching to a tab checks that one of our content scripts still holds
 *   its candidate (a goodbye can be lost when a tab crashes), then
 *   recomputes the badge (a step may have become overdue meanwhile);
 * - a closed tab forgets everything.
 * No `tabs.onUpdated`: it would wake the service worker for every page load
 * in every tab, on any site.
 */
/** Tabs closed since the worker started: a report still on its way when its tab closed must not outlive it. */
const closedTabs = new Set<number>();

export function registerTabLifecycle(): void {
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void verifyTabCandidate(tabId)
      .then(() => refreshBadgeForTab(tabId))
      .catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    closedTabs.add(tabId);
    void forgetClosedTab(tabId);
  });
}

async function forgetClosedTab(tabId: number): Promise<void> {
  await setTabCandidate(tabId, null);
  await forgetTab(tabId);
}

/**
 * Called after a report has written the tab's state: when the tab was closed
 * meanwhile (the page drew its panel and the recruiter closed it within a
 * few milliseconds), forget it again, so no state for a closed tab is left.
 */
export async function forgetIfClosed(tabId: number): Promise<boolean> {
  if (!closedTabs.has(tabId)) return false;
  await forgetClosedTab(tabId);
  return true;
}

export async function verifyTabCandidate(tabId: number): Promise<void> {
  if (!(await getTabCandidate(tabId))) return;
  if (await frameHolds(tabId, 0)) return; // the top frame holds a candidate and keeps the tab's state itself
  for (const report of await frameReports(tabId)) {
    if (report.frameId !== 0 && (await frameHolds(tabId, report.frameId)) === report.candidateKey) return;
  }
  await setTabCandidate(tabId, null);
  await forgetTab(tabId);
  await refreshBadge(tabId, null);
}
