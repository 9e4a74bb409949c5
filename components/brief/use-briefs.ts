import { useLiveQuery } from 'dexie-react-hooks';
import { emptyBriefContent, latestVersion, qualifyBrief, type Brief, type Qualification } from '@/domain/brief';
import { db } from '@/storage/db';
import { briefHistory, getBrief } from '@/storage/briefs';
import { plansForBrief } from '@/storage/plans';
import { nearMissesForBrief } from '@/storage/redeployment';

/**
 * Live views of briefs and plans: every open page and panel re-reads when
 * any of them writes, so a version saved in one tab shows in the other at
 * once. `undefined` means still loading, `null` that the record is gone.
 */

export interface BriefListRow {
  brief: Brief;
  versions: number;
  qualification: Qualification;
  plans: number;
}

const STATUS_RANK: Readonly<Record<Brief['status'], number>> = { open: 0, 'on-hold': 1, filled: 2, closed: 3 };

/** Open briefs first, then the most recently changed. */
export const useBriefList = () =>
  useLiveQuery(async (): Promise<BriefListRow[]> => {
    const briefs = await db().briefs.toArray();
    const rows = await Promise.all(
      briefs.map(async (brief) => {
        const history = await briefHistory(brief.id);
        const current = latestVersion(history);
        const plans = await db().plans.where('briefId').equals(brief.id).count();
        return { brief, versions: history.length, plans, qualification: qualifyBrief(current?.content ?? emptyBriefContent()) };
      }),
    );
    return rows.sort((a, b) => STATUS_RANK[a.brief.status] - STATUS_RANK[b.brief.status] || b.brief.updatedAt.localeCompare(a.brief.updatedAt));
  }, []);

export const useBrief = (id: string | undefined) => useLiveQuery(async () => (id ? ((await getBrief(id)) ?? null) : undefined), [id]);

export const useBriefHistory = (id: string | undefined) => useLiveQuery(async () => (id ? briefHistory(id) : []), [id]);

export const usePlans = (briefId: string | undefined) => useLiveQuery(async () => (briefId ? plansForBrief(briefId) : []), [briefId]);

export const useDebriefRecord = (id: string | undefined) =>
  useLiveQuery(async () => (id ? ((await db().debriefs.get(id)) ?? null) : undefined), [id]);

/** Near misses for the brief's current version (re-ranked when the version or any candidate changes). */
export const useNearMisses = (briefId: string | undefined, version: number | undefined) =>
  useLiveQuery(async () => (briefId && version ? nearMissesForBrief(briefId) : []), [briefId, version]);
