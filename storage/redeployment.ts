import { bestBriefsFor, latestVersion, nearMissesFor, READY_STATUS, type BriefFit, type OpenBrief, type RankedCandidate } from '@/domain/brief';
import { sameRole } from '@/domain/brief-from-debrief';
import { db } from './db';
import { briefHistory } from './briefs';
import { candidatePool } from './candidate-pool';

/**
 * A candidate who narrowly missed one role often lands the next: these
 * queries put near misses and open briefs side by side, from both ends.
 */

/** Every open brief with its current content. */
export async function openBriefsForFit(): Promise<OpenBrief[]> {
  const open = await db().briefs.where('status').equals('open').toArray();
  const briefs: OpenBrief[] = [];
  for (const brief of open) {
    const current = latestVersion(await briefHistory(brief.id));
    if (current) briefs.push({ id: brief.id, content: current.content });
  }
  return briefs;
}

export interface Redeployment {
  /** Their latest debrief marks them ready for the next suitable role. */
  ready: boolean;
  fits: BriefFit[];
}

/** The open briefs a ready candidate fits best, leaving out the role they were just debriefed for. */
export async function redeploymentFor(candidateKey: string, limit = 3): Promise<Redeployment> {
  const debriefs = await db().debriefs.where('candidateKey').equals(candidateKey).toArray();
  const latest = debriefs.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  if (!latest || latest.track2.candidateStatus !== READY_STATUS) return { ready: false, fits: [] };
  const [candidate] = await candidatePool({ keys: [candidateKey] });
  if (!candidate) return { ready: true, fits: [] };
  const exclude = debriefs.map((d) => d.briefId).filter((id): id is string => Boolean(id));
  // Unlinked debriefs still name their role: the brief they were just turned down for is not a new opening.
  const open = (await openBriefsForFit()).filter((b) => !debriefs.some((d) => sameRole({ client: d.clientCompany, title: d.roleTitle }, b.content)));
  return { ready: true, fits: bestBriefsFor(candidate, open, { limit, excludeBriefIds: exclude }) };
}

/** Near misses from other searches who fit this brief's current must-haves. */
export async function nearMissesForBrief(briefId: string, limit = 5): Promise<RankedCandidate[]> {
  const current = latestVersion(await briefHistory(briefId));
  if (!current) return [];
  const pool = await candidatePool({ onlyReady: true, excludeRole: { briefId, client: current.content.client, title: current.content.title } });
  return nearMissesFor(current.content, pool, { limit });
}
