import { PERIODS, type ClientOption, type InsightFilters, type PeriodId } from '@/domain/insights';
import { t, type MessageKey } from '../i18n';

const PERIOD_KEYS: Readonly<Record<PeriodId, MessageKey>> = {
  '30d': 'period30',
  '90d': 'period90',
  '365d': 'period365',
  all: 'periodAll',
};

export function periodLabel(period: PeriodId): string {
  return t(PERIOD_KEYS[period]);
}

/** Period as a segmented radio group (arrow keys move between periods), client as a select. */
export function InsightsFilters({ filters, clients, onChange }: {
  filters: InsightFilters;
  clients: readonly ClientOption[];
  onChange: (next: InsightFilters) => void;
}) {
  const knownClient = filters.client === null || clients.some((c) => c.key === filters.client);
  return (
    <form className="filters card" aria-label={t('insightsFiltersLabel')} onSubmit={(e) => e.preventDefault()}>
      <fieldset className="segmented">
        <legend>{t('insightsPeriod')}</legend>
        {PERIODS.map((p) => (
          <label key={p}>
            <input type="radio" name="period" value={p} checked={filters.period === p} onChange={() => onChange({ ...filters, period: p })} />
            <span>{periodLabel(p)}</span>
          </label>
        ))}
      </fieldset>
      <div className="field client-filter">
        <label htmlFor="client-filter">{t('insightsClient')}</label>
        <select id="client-filter" value={filters.client ?? ''} onChange={(e) => onChange({ ...filters, client: e.target.value || null })}>
          <option value="">{t('insightsAllClients')}</option>
          {clients.map((c) => (
            <option key={c.key} value={c.key}>{c.label}</option>
          ))}
          {!knownClient && <option value={filters.client!}>{filters.client}</option>}
        </select>
      </div>
    </form>
  );
}
