import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { computeInsights, type Insights, type InsightFilters, type InsightsInput } from '@/domain/insights';
import { db } from '@/storage/db';
import { displayName } from '@/storage/types';
import { useSettings } from '../hooks/use-settings';

export interface InsightsData extends InsightsInput {
  /** candidateKey → the name the recruiter knows them by. */
  names: ReadonlyMap<string, string>;
}

export type InsightsState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; insights: Insights; names: ReadonlyMap<string, string>; hasAnyDebrief: boolean };

/**
 * Reads everything the insights need in one live query (it re-runs when any
 * view writes), then computes in memory: the domain functions are pure and
 * fast, and filtering in memory keeps the period and client switches instant.
 */
export function useInsights(filters: InsightFilters, now: Date): InsightsState {
  const data = useLiveQuery(async (): Promise<InsightsData | { error: string }> => {
    try {
      const d = db();
      const [debriefs, briefs, briefVersions, plans, candidates] = await Promise.all([
        d.debriefs.toArray(),
        d.briefs.toArray(),
        d.briefVersions.toArray(),
        d.plans.toArray(),
        d.candidates.toArray(),
      ]);
      return { debriefs, briefs, briefVersions, plans, names: new Map(candidates.map((c) => [c.key, displayName(c)])) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, []);
  const settings = useSettings();
  const nowMs = now.getTime();

  return useMemo((): InsightsState => {
    if (!data || !settings) return { status: 'loading' };
    if ('error' in data) return { status: 'error', message: data.error };
    const targets = { feedbackHours: settings.feedbackTargetHours, planHours: settings.planTargetHours };
    const insights = computeInsights(data, filters, new Date(nowMs), targets);
    return { status: 'ready', insights, names: data.names, hasAnyDebrief: data.debriefs.length > 0 };
  }, [data, settings, filters, nowMs]);
}
