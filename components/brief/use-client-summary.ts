import { useLiveQuery } from 'dexie-react-hooks';
import { buildClientSummary, clientSummaryBlocks, latestVersion, toCalendarDate, type ClientSummary, type ClientSummaryInput } from '@/domain/brief';
import { clientSummaryInput } from '@/domain/client-summary-input';
import { db } from '@/storage/db';
import { briefHistory } from '@/storage/briefs';
import { candidateNames } from '@/storage/candidate-pool';
import { getPlan, plansForBrief, type StoredPlan } from '@/storage/plans';

export interface LoadedSummary {
  input: ClientSummaryInput;
  blocks: ReturnType<typeof clientSummaryBlocks>;
  summary: ClientSummary;
  plan?: StoredPlan;
  briefId: string;
  versions: number[];
}

/**
 * The client summary, read from the database: for a plan (its brief
 * version, its debrief) or, without one, for the brief's latest plan or
 * version. The summary tab, the clipboard and the print page all use this,
 * so they always say the same thing. `null` when there is nothing to sum up.
 */
export function useClientSummary(ids: { planId?: string; briefId?: string; compareWith?: number }) {
  const { planId, briefId, compareWith } = ids;
  return useLiveQuery(async (): Promise<LoadedSummary | null> => {
    const plan = planId ? await getPlan(planId) : briefId ? (await plansForBrief(briefId))[0] : undefined;
    const id = plan?.briefId ?? briefId;
    if (!id) return null;
    const history = await briefHistory(id);
    const debriefId = plan?.debriefId ?? latestVersion(history)?.source?.debriefId;
    const debrief = debriefId ? await db().debriefs.get(debriefId) : undefined;
    const names = await candidateNames(plan?.shortlist.map((e) => e.candidateKey) ?? []);
    const input = clientSummaryInput({
      history, plan, debrief, names,
      today: toCalendarDate(new Date()),
      compareWith: compareWith ?? plan?.compareWith,
    });
    if (!input) return null;
    return { input, blocks: clientSummaryBlocks(input), summary: buildClientSummary(input), plan, briefId: id, versions: history.map((v) => v.version) };
  }, [planId, briefId, compareWith]);
}
