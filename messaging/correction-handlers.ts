import { correctCandidate, getCandidate } from '@/storage/candidates';
import { panelStatusFor } from '@/storage/panel-status';
import { onMessage } from './protocol';
import { badgeRefreshSchema, correctionSchema, parse, peekSchema } from './schemas';
import { isOwnContentScript, isOwnExtensionPage } from './sender';
import { refreshBadgeForTab } from './badge';
import { frameReports, recordFrame, refreshFrames } from './frames';
import { outrankingFrames } from './frame-choice';
import { senderMaySpeakFor } from './site-check';
import { candidateKey } from '@/domain/candidate';
import { loadSettings } from '@/storage/settings';

class RejectedCorrection extends Error {}

/**
 * The panel's one-click correction, and the badge refresh extension pages ask
 * for. A page may only correct the candidate its own frame last reported: a
 * hostile page cannot rename anyone else in the recruiter's records.
 */
export function registerCorrectionHandlers(): void {
  onMessage('candidate.correct', async ({ data, sender }) => {
    if (!isOwnContentScript(sender)) throw new RejectedCorrection('sender not allowed');
    const correction = parse(correctionSchema, data);
    const tabId = sender.tab.id;
    const frameId = sender.frameId ?? 0;
    const own = (await frameReports(tabId)).find((r) => r.frameId === frameId);
    if (!own || own.candidateKey !== correction.candidateKey) throw new RejectedCorrection('a page may only correct the candidate it shows');
    const existing = await getCandidate(correction.candidateKey);
    // The panel edits name and job; a company corrected in the popup is kept.
    await correctCandidate(correction.candidateKey, { ...existing?.correction, name: correction.name, jobTitle: correction.jobTitle });
    // Now named: a "who is this?" frame may outrank others, or must yield.
    const decision = await recordFrame(tabId, { ...own, named: true });
    refreshFrames(tabId, decision.refresh);
    return { ...(await panelStatusFor(correction.candidateKey, own.site)), otherFrameShows: decision.otherFrameShows };
  });

  onMessage('candidate.peek', async ({ data, sender }) => {
    if (!isOwnContentScript(sender)) throw new RejectedCorrection('sender not allowed');
    const ref = parse(peekSchema, data);
    if (!senderMaySpeakFor(sender.url, ref, (await loadSettings()).customHosts)) throw new RejectedCorrection('not this page’s system');
    const key = candidateKey(ref);
    const [record, status, reports] = await Promise.all([getCandidate(key), panelStatusFor(key, ref.site), frameReports(sender.tab.id)]);
    // Read-only frame check: another frame that already shows this person keeps the panel.
    const otherFrameShows = outrankingFrames({ frameId: sender.frameId ?? 0, candidateKey: key, named: true }, reports).length > 0;
    return { status: { ...status, otherFrameShows }, corrected: !!record?.correction?.name };
  });

  onMessage('badge.refresh', async ({ data, sender }) => {
    if (!isOwnExtensionPage(sender)) throw new RejectedCorrection('sender not allowed');
    await refreshBadgeForTab(parse(badgeRefreshSchema, data).tabId);
  });
}
