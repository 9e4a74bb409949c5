import { browser } from 'wxt/browser';
import { t, tCount } from '@/components/i18n';
import { panelStatusFor } from '@/storage/panel-status';
import { getTabCandidate } from '@/storage/tab-state';
import type { PanelStatus } from './protocol';

/**
 * The toolbar badge says, per tab, that the shown candidate is known to us:
 * "!" on red when a step is overdue, else the number of open debriefs.
 */
export async function refreshBadge(tabId: number, status: PanelStatus | null): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  const overdue = status?.overdueSteps ?? 0;
  const open = status?.openDebriefs ?? 0;
  const text = overdue > 0 ? '!' : open > 0 ? String(open) : '';
  try {
    await action.setBadgeText({ tabId, text });
    if (text) await action.setBadgeBackgroundColor({ tabId, color: overdue > 0 ? '#B42318' : '#0F766E' });
    await action.setTitle({
      tabId,
      title: overdue > 0 ? tCount('badgeOverdueOne', 'badgeOverdueOther', overdue) : open > 0 ? tCount('badgeOpenOne', 'badgeOpenOther', open) : t('extName'),
    });
  } catch {
    // The tab closed meanwhile: nothing to badge.
  }
}

/**
 * Recompute a tab's badge from what it shows now: on tab switch (an overdue
 * step may have become due meanwhile) and when an extension page changed the
 * candidate's debriefs. No candidate: the badge is cleared.
 */
export async function refreshBadgeForTab(tabId: number): Promise<void> {
  const current = await getTabCandidate(tabId);
  await refreshBadge(tabId, current ? await panelStatusFor(current.candidateKey, current.site) : null);
}
