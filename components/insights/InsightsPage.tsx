import { useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { BrandBar } from '../BrandBar';
import { InsightsFilters, periodLabel } from './InsightsFilters';
import { EmptyInsight } from './InsightSection';
import { SummaryTiles } from './SummaryTiles';
import { useUrlFilters } from './use-filters';
import { useInsights } from './use-insights';
import { CalibrationSection } from './sections/CalibrationSection';
import { CausesSection } from './sections/CausesSection';
import { ChurnSection } from './sections/ChurnSection';
import { RedeploymentSection } from './sections/RedeploymentSection';
import { SpeedSection } from './sections/SpeedSection';

/** The insights page: learn from every bad interview. */
export function InsightsPage() {
  const [filters, setFilters] = useUrlFilters();
  const [now] = useState(() => new Date());
  const state = useInsights(filters, now);

  return (
    <div className="page insights-page">
      <header className="page-header">
        <BrandBar>
          <button type="button" className="btn small" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('navSettings')}
          </button>
        </BrandBar>
        <h1>{t('insightsHeading')}</h1>
        <p className="muted lede">{t('insightsIntro')}</p>
      </header>
      <main className="stack-lg" aria-busy={state.status === 'loading'}>
        {state.status === 'loading' && <p className="muted" role="status">{t('loading')}</p>}
        {state.status === 'error' && (
          <div className="card error-state" role="alert">
            <strong>{t('insightsErrorTitle')}</strong>
            <p className="small">{state.message}</p>
          </div>
        )}
        {state.status === 'ready' && !state.hasAnyDebrief && (
          <section className="card" aria-labelledby="no-data-h">
            <h2 id="no-data-h" className="visually-hidden">{t('insightsNoDataTitle')}</h2>
            <EmptyInsight title={t('insightsNoDataTitle')} body={t('insightsNoDataBody')} testId="insights-no-data" />
          </section>
        )}
        {state.status === 'ready' && state.hasAnyDebrief && (
          <>
            <InsightsFilters filters={filters} clients={state.insights.clients} onChange={setFilters} />
            <p className="visually-hidden" role="status" data-testid="insights-scope">
              {t('insightsScope', periodLabel(filters.period), filters.client ? (state.insights.clients.find((c) => c.key === filters.client)?.label ?? filters.client) : t('insightsAllClients'))}
            </p>
            <SummaryTiles insights={state.insights} />
            <div className="insight-grid">
              <CausesSection causes={state.insights.causes} oneClient={filters.client !== null} />
              <SpeedSection speed={state.insights.speed} />
              <ChurnSection churn={state.insights.churn} />
              <CalibrationSection calibration={state.insights.calibration} />
              <RedeploymentSection redeployment={state.insights.redeployment} names={state.names} />
            </div>
          </>
        )}
      </main>
    </div>
  );
}
