import { createBrief, type Brief } from '@/domain/brief';
import { sameRole } from '@/domain/brief-from-debrief';
import { sanitiseBriefContent } from '@/domain/brief-input';
import type { Debrief } from '@/domain/debrief';
import { newId, nowIso } from './clock';
import { db } from './db';
import { BriefInputError } from './briefs';
import type { CandidateRecord } from './types';

/**
 * Which brief a debrief (or a candidate) is about. A debrief names its role
 * by client and title; the first time it is revised from, the matching brief
 * is found, or created, and the debrief remembers it (`briefId`), so a later
 * rename of the role does not break the link.
 */

const STATUS_ORDER: Readonly<Record<Brief['status'], number>> = { open: 0, 'on-hold': 1, filled: 2, closed: 3 };

/** The brief for a client role: open ones first, then the most recently changed. */
export async function findBriefForRole(client: string, title: string): Promise<Brief | undefined> {
  if (!client.trim() && !title.trim()) return undefined;
  const matches = await db().briefs.filter((b) => sameRole({ client: b.clientCompany, title: b.roleTitle }, { client, title })).toArray();
  return matches.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.updatedAt.localeCompare(a.updatedAt))[0];
}

export async function findOrCreateBriefForDebrief(debriefId: string): Promise<Brief> {
  const t = db();
  return t.transaction('rw', t.debriefs, t.briefs, t.briefVersions, async () => {
    const debrief = await t.debriefs.get(debriefId);
    if (!debrief) throw new BriefInputError('debriefGone', 'This debrief no longer exists (it may have been erased in another window).');
    const linked = debrief.briefId ? await t.briefs.get(debrief.briefId) : undefined;
    if (linked) return linked;
    let brief = await findBriefForRole(debrief.clientCompany, debrief.roleTitle);
    if (!brief) {
      // No brief was ever taken for this role: start one from what the debrief knows, to be completed by hand.
      const created = createBrief({
        id: newId(),
        content: sanitiseBriefContent({ title: debrief.roleTitle, client: debrief.clientCompany }),
        now: nowIso(),
        reason: 'Started from the interview debrief: the role as known before the interview',
      });
      await t.briefs.add(created.brief);
      await t.briefVersions.add(created.version);
      brief = created.brief;
    }
    await t.debriefs.put({ ...debrief, briefId: brief.id, updatedAt: nowIso() });
    return brief;
  });
}

export async function linkDebriefToBrief(debriefId: string, briefId: string): Promise<void> {
  await db().transaction('rw', db().debriefs, async () => {
    const debrief = await db().debriefs.get(debriefId);
    if (!debrief) throw new BriefInputError('debriefGone', 'This debrief no longer exists (it may have been erased in another window).');
    if (debrief.briefId !== briefId) await db().debriefs.put({ ...debrief, briefId, updatedAt: nowIso() });
  });
}

export function debriefsForBrief(briefId: string): Promise<Debrief[]> {
  return db().debriefs.where('briefId').equals(briefId).toArray();
}

export interface CandidateRole {
  /** The brief of the candidate's role, when one exists. */
  brief?: Brief;
  /** Their most recent debrief (its role, status and proposed changes drive the card). */
  debrief?: Debrief;
  /** The role as the page or the debrief names it, for creating a brief. */
  client: string;
  title: string;
}

/** The role a candidate is in process for: their latest debrief's, else the job their page shows. */
export async function roleForCandidate(candidate: Pick<CandidateRecord, 'key' | 'job' | 'correction'>): Promise<CandidateRole> {
  const debriefs = await db().debriefs.where('candidateKey').equals(candidate.key).toArray();
  const debrief = debriefs.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  const client = debrief?.clientCompany || candidate.correction?.company || candidate.job?.company || '';
  const title = debrief?.roleTitle || candidate.correction?.jobTitle || candidate.job?.title || '';
  const linked = debrief?.briefId ? await db().briefs.get(debrief.briefId) : undefined;
  const brief = linked ?? (await findBriefForRole(client, title));
  return { brief, debrief, client, title };
}
