import { browser } from 'wxt/browser';

import { findAdapter } from '@/sites/registry';
import { upsertCandidateFromPage } from '@/storage/candidates';
import { panelStatusFor } from '@/storage/panel-status';
import { setTabCandidate } from '@/storage/tab-state';
import { setPanelIntent } from '@/storage/panel-intent';
import { onMessage } from './protocol';
import { candidateKeyPayloadSchema, candidatePageSchema, parse } from './schemas';
import { isOwnContentScript } from './sender';
import { openSidePanelFor } from './side-panel';
import { refreshBadge } from './badge';

class RejectedMessage extends Error {}

/** Registered once from the background entrypoint. */
export function registerBackgroundHandlers(): void {
  onMessage('page.candidateFound', async ({ data, sender }) => {
    if (!isOwnContentScript(sender)) throw new RejectedMessage('sender not allowed');
    const page = parse(candidatePageSchema, data);
    // A page may only speak for its own system. (Only the site is compared:
    // `sender.url` lags behind same-document navigations, so after a
    // pushState it can still name the previous profile.)
    const detected = sender.url ? findAdapter(sender.url) : null;
    if (detected && detected.adapter.id !== page.site) throw new RejectedMessage('snapshot does not match the sender site');
    const record = await upsertCandidateFromPage(page);
    const tabId = sender.tab.id;
    if (sender.frameId === 0 || sender.frameId === undefined || !(await hasTopFrameCandidate(tabId))) {
      await setTabCandidate(tabId, { candidateKey: record.key, site: page.site, url: sender.url ?? page.profileUrl, at: record.lastSeenAt });
    }
    const status = await panelStatusFor(record.key, page.site);
    await refreshBadge(tabId, status);
    return status;
  });

  onMessage('page.candidateCleared', async ({ sender }) => {
    if (!isOwnContentScript(sender)) throw new RejectedMessage('sender not allowed');
    if (sender.frameId && sender.frameId !== 0) return; // a frame leaving does not clear the tab
    await setTabCandidate(sender.tab.id, null);
    await refreshBadge(sender.tab.id, null);
  });

  onMessage('panel.openSidePanel', ({ data, sender }) => {
    if (!isOwnContentScript(sender)) throw new RejectedMessage('sender not allowed');
    const { candidateKey } = parse(candidateKeyPayloadSchema, data);
    // Synchronous on purpose: side panels only open inside the user's gesture.
    const opening = openSidePanelFor(sender.tab.id, sender.tab.windowId);
    // Then tell the side panel what was asked: open this candidate's debrief, or offer to start one.
    void setPanelIntent({ candidateKey, tabId: sender.tab.id, at: new Date().toISOString() }).catch(() => undefined);
    return opening;
  });

  browser.tabs.onRemoved.addListener((tabId) => void setTabCandidate(tabId, null));
}

async function hasTopFrameCandidate(tabId: number): Promise<boolean> {
  const key = `tab:${tabId}`;
  const current = (await browser.storage.session.get(key))[key] as { candidateKey?: string } | undefined;
  return !!current?.candidateKey;
}

