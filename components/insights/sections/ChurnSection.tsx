import { CHURN_THRESHOLD, type ClientChurn } from '@/domain/insights';
import { formatNumber, t, tCount } from '../../i18n';
import { ChartFigure, DataTable } from '../ChartFigure';
import { EmptyInsight, InsightSection } from '../InsightSection';
import { HorizontalBars } from '../charts/HorizontalBars';
import { clientLabel } from '../format';

/** Clients whose briefs keep changing: revisions per role, the threshold marked on the bars. */
export function ChurnSection({ churn }: { churn: readonly ClientChurn[] }) {
  const changing = churn.filter((c) => c.keepsChanging);
  const summary = changing.length
    ? t('insightsChurnSummarySome', formatNumber(CHURN_THRESHOLD), changing.map((c) => clientLabel(c.label)).slice(0, 3).join(', '))
    : t('insightsChurnSummaryNone', formatNumber(CHURN_THRESHOLD));
  return (
    <InsightSection id="churn" title={t('insightsChurnTitle')} lede={t('insightsChurnLede')}>
      {churn.length === 0 ? (
        <EmptyInsight title={t('insightsChurnEmptyTitle')} body={t('insightsChurnEmptyBody')} testId="churn-empty" />
      ) : (
        <ChartFigure
          id="churn-chart"
          title={t('insightsChurnChartTitle')}
          summary={summary}
          chart={(ids) => (
            <HorizontalBars
              {...ids}
              markerLabel={t('insightsChurnThreshold', formatNumber(CHURN_THRESHOLD))}
              bars={churn.slice(0, 12).map((c) => ({
                key: c.client,
                label: clientLabel(c.label),
                value: c.revisionsPerRole,
                marker: CHURN_THRESHOLD,
                tone: c.keepsChanging ? 'tone-warn' : 'tone-calm',
                display: t('insightsPerRole', formatNumber(c.revisionsPerRole)),
              }))}
            />
          )}
          table={
            <DataTable
              testId="churn-table"
              caption={t('insightsChurnChartTitle')}
              columns={[
                { label: t('colClient') },
                { label: t('colRoles'), numeric: true },
                { label: t('colRevisions'), numeric: true },
                { label: t('colRevisionsPerRole'), numeric: true },
                { label: t('colRolesDetail') },
              ]}
              rows={churn.map((c) => [
                clientLabel(c.label),
                formatNumber(c.roles.length),
                formatNumber(c.revisions),
                formatNumber(c.revisionsPerRole),
                c.roles.map((r) => `${r.role || t('insightsUntitledRole')} (${tCount('countRevisionsOne', 'countRevisionsOther', r.revisions)})`).join('; '),
              ])}
            />
          }
        />
      )}
    </InsightSection>
  );
}
