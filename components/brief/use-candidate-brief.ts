import { useLiveQuery } from 'dexie-react-hooks';
import { latestVersion, qualifyBrief, type BriefVersion, type Qualification } from '@/domain/brief';
import { canReviseFrom } from '@/domain/brief-from-debrief';
import { briefHistory } from '@/storage/briefs';
import { roleForCandidate, type CandidateRole } from '@/storage/brief-links';
import { plansForBrief, type StoredPlan } from '@/storage/plans';
import { redeploymentFor } from '@/storage/redeployment';
import type { CandidateRecord } from '@/storage/types';

export interface CandidateBrief extends CandidateRole {
  current?: BriefVersion;
  qualification?: Qualification;
  plan?: StoredPlan;
  /** The latest debrief has causes or changes not yet turned into a version. */
  canRevise: boolean;
}

/** The brief and latest plan of the role a candidate is in process for (popup and side panel). */
export function useCandidateBrief(candidate: CandidateRecord) {
  const { key, job, correction } = candidate;
  return useLiveQuery(async (): Promise<CandidateBrief> => {
    const role = await roleForCandidate({ key, job, correction });
    const history = role.brief ? await briefHistory(role.brief.id) : [];
    const current = latestVersion(history);
    const plan = role.brief ? (await plansForBrief(role.brief.id))[0] : undefined;
    const debrief = role.debrief;
    const revised = debrief ? history.some((v) => v.source?.debriefId === debrief.id) : false;
    return {
      ...role, current, plan,
      qualification: current ? qualifyBrief(current.content) : undefined,
      canRevise: !!debrief && canReviseFrom(debrief) && !revised,
    };
  }, [key, job?.title, job?.company, correction?.jobTitle, correction?.company]);
}

/** Open briefs this candidate fits, when their latest debrief marks them ready for the next role. */
export const useRedeployment = (candidateKey: string) => useLiveQuery(() => redeploymentFor(candidateKey), [candidateKey]);
