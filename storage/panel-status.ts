import type { PanelStatus } from '@/messaging/protocol';
import { momentum } from '@/domain/momentum';
import { db } from './db';
import { isPanelEnabled, loadSettings } from './settings';
import { displayName } from './types';

/** Counts the in-page panel may show for a candidate. Never note text. */
export async function panelStatusFor(candidateKey: string, siteId: string, now = new Date()): Promise<PanelStatus> {
  const [candidate, debriefs, settings] = await Promise.all([
    db().candidates.get(candidateKey),
    db().debriefs.where('candidateKey').equals(candidateKey).toArray(),
    loadSettings(),
  ]);
  const open = debriefs.filter((d) => d.status === 'open');
  const targets = { feedbackHours: settings.feedbackTargetHours, planHours: settings.planTargetHours };
  const overdueSteps = open.reduce((sum, d) => sum + momentum(d, now, targets).overdueCount, 0);
  return {
    candidateKey,
    displayName: candidate ? displayName(candidate) : '',
    openDebriefs: open.length,
    totalDebriefs: debriefs.length,
    overdueSteps,
    panelEnabled: isPanelEnabled(settings, siteId),
    jobTitle: candidate?.correction?.jobTitle || candidate?.job?.title || '',
    // Decided by the background's frame choice, which knows the tab's other frames.
    otherFrameShows: false,
  };
}
