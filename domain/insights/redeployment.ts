import type { Debrief } from '../debrief';
import type { RecruitmentPlan } from '../brief/plan';
import { percent } from './math';

/**
 * Near misses redeployed. A candidate who misses one job often lands the
 * next, so a debrief that ends "keep for the next suitable role" is a
 * promise; it is kept when the candidate later appears on a plan's shortlist
 * or in another interview (another debrief). Later means after this
 * interview; the appearance itself may be for any client.
 */
export type RedeployedVia = 'shortlist' | 'interview';

export interface NearMiss {
  debriefId: string;
  candidateKey: string;
  clientCompany: string;
  roleTitle: string;
  interviewAt: string;
  /** The first later appearance, or null while the candidate waits. */
  redeployedVia: RedeployedVia | null;
  redeployedAt: string | null;
}

export interface RedeploymentInsights {
  nearMisses: NearMiss[];
  redeployed: number;
  /** Whole percent of near misses redeployed, or null with none. */
  rate: number | null;
}

type NearMissDebrief = Pick<Debrief, 'id' | 'candidateKey' | 'clientCompany' | 'roleTitle' | 'interviewAt' | 'track2'>;
type ShortlistPlan = Pick<RecruitmentPlan, 'createdAt' | 'shortlist'>;

/**
 * `inScope` are the debriefs already filtered by period and client; `all`
 * and `plans` are searched whole, because the later appearance may lie
 * outside the period or be with another client.
 */
export function redeploymentInsights(
  inScope: readonly NearMissDebrief[],
  all: readonly Pick<Debrief, 'id' | 'candidateKey' | 'interviewAt'>[],
  plans: readonly ShortlistPlan[],
): RedeploymentInsights {
  const nearMisses = inScope
    .filter((d) => d.track2?.candidateStatus === 'keep-for-next' && !Number.isNaN(Date.parse(d.interviewAt)))
    .map((d): NearMiss => {
      const after = Date.parse(d.interviewAt);
      const appearances = [
        ...plans
          .filter((p) => Date.parse(p.createdAt) > after && p.shortlist.some((s) => s.candidateKey === d.candidateKey))
          .map((p) => ({ via: 'shortlist' as const, at: p.createdAt })),
        ...all
          .filter((o) => o.id !== d.id && o.candidateKey === d.candidateKey && Date.parse(o.interviewAt) > after)
          .map((o) => ({ via: 'interview' as const, at: o.interviewAt })),
      ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
      const first = appearances[0];
      return {
        debriefId: d.id,
        candidateKey: d.candidateKey,
        clientCompany: d.clientCompany,
        roleTitle: d.roleTitle,
        interviewAt: d.interviewAt,
        redeployedVia: first?.via ?? null,
        redeployedAt: first?.at ?? null,
      };
    })
    .sort((a, b) => Date.parse(b.interviewAt) - Date.parse(a.interviewAt));
  const redeployed = nearMisses.filter((n) => n.redeployedVia !== null).length;
  return { nearMisses, redeployed, rate: percent(redeployed, nearMisses.length) };
}
