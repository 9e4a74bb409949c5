import type { Debrief } from '../debrief';
import type { Brief, BriefVersion } from '../brief/records';
import type { RecruitmentPlan } from '../brief/plan';
import type { MomentumTargets } from '../momentum';
import { briefChurn, type ClientChurn } from './brief-churn';
import { calibrationInsights, type CalibrationInsights } from './calibration';
import { causeInsights, type CauseInsights } from './causes';
import { clientOptions, inPeriod, matchesClient, periodStart, type ClientOption, type InsightFilters } from './filters';
import { redeploymentInsights, type RedeploymentInsights } from './redeployment';
import { speedInsights, type MilestoneSpeed } from './speed';

/**
 * Everything the insights page shows, computed in one pass from plain
 * records. Debriefs are placed in time by their interview date.
 */
export interface InsightsInput {
  debriefs: readonly Debrief[];
  briefs: readonly Brief[];
  briefVersions: readonly BriefVersion[];
  plans: readonly RecruitmentPlan[];
}

export interface Insights {
  /** Debriefs in the period and client chosen. */
  debriefs: number;
  clients: ClientOption[];
  causes: CauseInsights;
  churn: ClientChurn[];
  calibration: CalibrationInsights;
  speed: MilestoneSpeed[];
  redeployment: RedeploymentInsights;
}

export function computeInsights(input: InsightsInput, filters: InsightFilters, now: Date, targets: Partial<MomentumTargets> = {}): Insights {
  const start = periodStart(filters.period, now);
  const inScope = input.debriefs.filter((d) => inPeriod(d.interviewAt, start, now) && matchesClient(d.clientCompany, filters.client));
  return {
    debriefs: inScope.length,
    clients: clientOptions([...input.debriefs.map((d) => d.clientCompany), ...input.briefs.map((b) => b.clientCompany)]),
    causes: causeInsights(inScope, start, now),
    churn: briefChurn(input.briefs, input.briefVersions, { start, now, client: filters.client }),
    calibration: calibrationInsights(inScope, start, now),
    speed: speedInsights(inScope, now, targets),
    redeployment: redeploymentInsights(inScope, input.debriefs, input.plans),
  };
}

export * from './filters';
export { CHURN_THRESHOLD, type ClientChurn, type RoleChurn } from './brief-churn';
export type { CalibrationInsights, CalibrationMonth } from './calibration';
export { emptyCounts, topCauseOf, type CauseCounts, type CauseInsights, type CauseMonth, type ClientCauses } from './causes';
export { median, percent } from './math';
export type { NearMiss, RedeployedVia, RedeploymentInsights } from './redeployment';
export type { MilestoneSpeed } from './speed';
