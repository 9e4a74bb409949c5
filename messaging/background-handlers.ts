import { displayName } from '@/storage/types';
import { upsertCandidateFromPage } from '@/storage/candidates';
import { panelStatusFor } from '@/storage/panel-status';
import { loadSettings } from '@/storage/settings';
import { setTabCandidate } from '@/storage/tab-state';
import { setPanelIntent } from '@/storage/panel-intent';
import { onMessage } from './protocol';
import { candidateKeyPayloadSchema, candidatePageSchema, parse } from './schemas';
import { isOwnContentScript } from './sender';
import { openSidePanelFor } from './side-panel';
import { refreshBadge, refreshBadgeForTab } from './badge';
import { forgetFrame, hasTopFrameReport, recordFrame, refreshFrames } from './frames';
import { senderMaySpeakFor } from './site-check';
import { registerCorrectionHandlers } from './correction-handlers';
import { forgetIfClosed, registerTabLifecycle } from './tab-lifecycle';

export class RejectedMessage extends Error {}

/** Registered once from the background entrypoint. */
export function registerBackgroundHandlers(): void {
  onMessage('page.candidateFound', async ({ data, sender }) => {
    if (!isOwnContentScript(sender)) throw new RejectedMessage('sender not allowed');
    const page = parse(candidatePageSchema, data);
    // A page may only speak for its own system (and, for "any other ATS", only on a host the recruiter added).
    if (!senderMaySpeakFor(sender.url, page, (await loadSettings()).customHosts)) {
      throw new RejectedMessage('snapshot does not match the sender site');
    }
    const record = await upsertCandidateFromPage(page);
    const tabId = sender.tab.id;
    const frameId = sender.frameId ?? 0;
    const url = sender.url ?? page.profileUrl;
    // "Named" = the frame can show a name: read off the page, corrected, or known from an earlier visit.
    const documentId = (sender as { documentId?: string }).documentId;
    const decision = await recordFrame(tabId, { frameId, candidateKey: record.key, named: !!displayName(record), site: page.site, url, at: record.lastSeenAt, documentId });
    const status = { ...(await panelStatusFor(record.key, page.site)), otherFrameShows: decision.otherFrameShows };
    // The top frame speaks for the tab; a child frame only when the top frame shows no candidate.
    if (frameId === 0 || !(await hasTopFrameReport(tabId))) {
      await setTabCandidate(tabId, {
        candidateKey: record.key,
        site: page.site,
        url,
        at: record.lastSeenAt,
        name: displayName(record),
        headline: record.headline,
      });
      await refreshBadge(tabId, status);
    }
    if (await forgetIfClosed(tabId)) return status;
    refreshFrames(tabId, decision.refresh);
    return status;
  });

  onMessage('page.candidateCleared', async ({ sender }) => {
    if (!isOwnContentScript(sender)) throw new RejectedMessage('sender not allowed');
    const tabId = sender.tab.id;
    const { forgotten, frameId, refresh, best } = await forgetFrame(tabId, sender.frameId ?? 0, (sender as { documentId?: string }).documentId);
    if (!forgotten) return; // a goodbye from a document already replaced (its successor reported first), or one that never reported
    refreshFrames(tabId, refresh);
    if (frameId !== 0 && (await hasTopFrameReport(tabId))) return; // the top frame's candidate stands
    // The tab falls back to what another frame still shows (a record frame inside a shell), else to nothing.
    await setTabCandidate(tabId, best && { candidateKey: best.candidateKey, site: best.site, url: best.url, at: best.at });
    await refreshBadgeForTab(tabId);
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

  registerCorrectionHandlers();
  registerTabLifecycle();
}
