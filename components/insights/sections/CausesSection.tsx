import { CAUSE_IDS } from '@/domain/diagnosis/causes';
import { percent, type CauseInsights } from '@/domain/insights';
import { formatNumber, t } from '../../i18n';
import { ChartFigure, DataTable } from '../ChartFigure';
import { EmptyInsight, InsightSection, Legend } from '../InsightSection';
import { HorizontalBars } from '../charts/HorizontalBars';
import { StackedBars } from '../charts/StackedBars';
import { StackedColumns } from '../charts/StackedColumns';
import { causeLabel, clientLabel, monthAxis, monthLabel, percentLabel } from '../format';

const tone = (cause: string) => `tone-${cause}`;

/** Why interviews go badly: the causes the recruiter confirmed, overall, by month and by client. */
export function CausesSection({ causes, oneClient }: { causes: CauseInsights; oneClient: boolean }) {
  const series = CAUSE_IDS.map((c) => ({ key: c, label: causeLabel(c), tone: tone(c) }));
  return (
    <InsightSection id="causes" title={t('insightsCausesTitle')} lede={t('insightsCausesLede')} wide>
      {causes.debriefs === 0 ? (
        <EmptyInsight title={t('insightsCausesEmptyTitle')} body={t('insightsCausesEmptyBody')} testId="causes-empty" />
      ) : (
        <div className={`chart-grid causes-grid${oneClient ? '' : ' with-clients'}`}>
          <ChartFigure
            id="causes-overall"
            title={t('insightsCausesOverallTitle')}
            summary={t('insightsCausesOverallSummary', causeLabel(causes.topCause!), formatNumber(causes.totals[causes.topCause!]), formatNumber(causes.debriefs))}
            chart={(ids) => (
              <HorizontalBars
                {...ids}
                max={causes.debriefs}
                bars={CAUSE_IDS.map((c) => ({
                  key: c,
                  label: causeLabel(c),
                  value: causes.totals[c],
                  tone: tone(c),
                  display: `${percentLabel(percent(causes.totals[c], causes.debriefs))} · ${formatNumber(causes.totals[c])}`,
                }))}
              />
            )}
            table={
              <DataTable
                testId="causes-table"
                caption={t('insightsCausesOverallTitle')}
                columns={[{ label: t('colCause') }, { label: t('colDebriefs'), numeric: true }, { label: t('colShare'), numeric: true }]}
                rows={CAUSE_IDS.map((c) => [causeLabel(c), formatNumber(causes.totals[c]), percentLabel(percent(causes.totals[c], causes.debriefs))])}
              />
            }
          />
          <ChartFigure
            id="causes-months"
            className="causes-months"
            title={t('insightsCausesMonthsTitle')}
            summary={t('insightsCausesMonthsSummary')}
            chart={(ids) => (
              <>
                <StackedColumns
                  {...ids}
                  series={series}
                  columns={monthAxis(causes.months.map((m) => m.month)).map((axis, i) => ({ ...axis, values: causes.months[i]!.counts }))}
                />
                <Legend items={series} />
              </>
            )}
            table={
              <DataTable
                testId="causes-months-table"
                caption={t('insightsCausesMonthsTitle')}
                columns={[{ label: t('colMonth') }, ...series.map((s) => ({ label: s.label, numeric: true })), { label: t('colDebriefs'), numeric: true }]}
                rows={causes.months.map((m) => [monthLabel(m.month), ...CAUSE_IDS.map((c) => formatNumber(m.counts[c])), formatNumber(m.debriefs)])}
              />
            }
          />
          {!oneClient && (
            <ChartFigure
              id="causes-clients"
              title={t('insightsCausesClientsTitle')}
              summary={t('insightsCausesClientsSummary')}
              chart={(ids) => (
                <>
                  <StackedBars
                    {...ids}
                    rows={causes.byClient.slice(0, 12).map((c) => ({
                      key: c.client,
                      label: clientLabel(c.label),
                      segments: CAUSE_IDS.map((cause) => ({ key: cause, value: c.counts[cause], tone: tone(cause) })),
                      display: t('countDebriefsShort', formatNumber(c.debriefs)),
                    }))}
                  />
                  <Legend items={series} />
                </>
              )}
              table={
                <DataTable
                  testId="causes-clients-table"
                  caption={t('insightsCausesClientsTitle')}
                  columns={[{ label: t('colClient') }, { label: t('colDebriefs'), numeric: true }, ...series.map((s) => ({ label: s.label, numeric: true })), { label: t('colTopCause') }]}
                  rows={causes.byClient.map((c) => [
                    clientLabel(c.label),
                    formatNumber(c.debriefs),
                    ...CAUSE_IDS.map((cause) => formatNumber(c.counts[cause])),
                    c.topCause ? causeLabel(c.topCause) : '–',
                  ])}
                />
              }
            />
          )}
        </div>
      )}
    </InsightSection>
  );
}
