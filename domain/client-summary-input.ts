import {
  diffSummary, diffVersions, findVersion, latestVersion,
  type BriefVersion, type ClientSummaryInput, type RecruitmentPlan,
} from './brief';
import type { Debrief } from './debrief';
import { learnedFromDebrief } from './brief-from-debrief';

/**
 * Everything the client summary says, gathered from the records: the
 * debrief (what we learned), two versions of the brief (what changed) and
 * the plan. One function, so the summary tab, the clipboard and the print
 * page can never disagree.
 */

/**
 * The version to compare the revision with: the one before the first
 * revision made from this debrief (so later touch-ups still count as part of
 * the change the client hears about), else the version just before.
 */
export function baselineVersion(history: readonly BriefVersion[], to: number, debriefId?: string): number | undefined {
  if (debriefId) {
    const first = history
      .filter((entry) => entry.source?.debriefId === debriefId && entry.version <= to)
      .sort((a, b) => a.version - b.version)[0];
    if (first && first.version > 1) return first.version - 1;
  }
  return to > 1 ? to - 1 : undefined;
}

export interface SummarySources {
  history: readonly BriefVersion[];
  plan?: Pick<RecruitmentPlan, 'kind' | 'shortlist' | 'sourcing' | 'dates' | 'briefVersion'> | null;
  debrief?: Pick<Debrief, 'id' | 'confirmedCauses' | 'feedback'> | null;
  /** Candidate names by key, for the shortlist. */
  names: Readonly<Record<string, string>>;
  /** 'YYYY-MM-DD'. */
  today: string;
  /** Compare with this version instead of the baseline. */
  compareWith?: number;
  preparedBy?: string;
}

export function clientSummaryInput(sources: SummarySources): ClientSummaryInput | null {
  const to = sources.plan ? findVersion(sources.history, sources.plan.briefVersion) : latestVersion(sources.history);
  if (!to) return null;
  const fromNumber = sources.compareWith ?? baselineVersion(sources.history, to.version, sources.debrief?.id);
  const from = fromNumber !== undefined && fromNumber !== to.version ? findVersion(sources.history, fromNumber) : undefined;
  const input: ClientSummaryInput = {
    roleTitle: to.content.title,
    clientName: to.content.client,
    date: sources.today,
    learned: sources.debrief ? learnedFromDebrief(sources.debrief) : [],
    briefChanges: from ? diffSummary(diffVersions(from, to)) : [],
  };
  if (from) {
    input.fromVersion = from.version;
    input.toVersion = to.version;
  }
  if (sources.preparedBy) input.preparedBy = sources.preparedBy;
  if (sources.plan) {
    const plan = sources.plan;
    input.plan = {
      kind: plan.kind,
      shortlist: plan.shortlist.map((entry) => ({ name: sources.names[entry.candidateKey] ?? 'A candidate we know', reason: entry.reason })),
      sourcing: plan.sourcing,
      dates: plan.dates,
    };
  }
  return input;
}
