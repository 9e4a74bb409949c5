import { useCallback, useState } from 'react';
import { DEFAULT_FILTERS, isPeriodId, type InsightFilters } from '@/domain/insights';

/** Filters live in the page's URL, so a reload or a bookmark keeps the same view. */
export function useUrlFilters(): [InsightFilters, (next: InsightFilters) => void] {
  const [filters, setFilters] = useState<InsightFilters>(() => {
    const params = new URLSearchParams(location.search);
    const period = params.get('period');
    return { period: isPeriodId(period) ? period : DEFAULT_FILTERS.period, client: params.get('client') || null };
  });
  const update = useCallback((next: InsightFilters) => {
    setFilters(next);
    const params = new URLSearchParams(location.search);
    params.set('period', next.period);
    if (next.client) params.set('client', next.client);
    else params.delete('client');
    history.replaceState(null, '', `${location.pathname}?${params}`);
  }, []);
  return [filters, update];
}
