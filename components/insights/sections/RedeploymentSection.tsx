import type { NearMiss, RedeploymentInsights } from '@/domain/insights';
import { formatNumber, t } from '../../i18n';
import { ChartFigure, DataTable } from '../ChartFigure';
import { EmptyInsight, InsightSection, Legend } from '../InsightSection';
import { StackedBars } from '../charts/StackedBars';
import { clientLabel, dateLabel, percentLabel } from '../format';

/** Near misses redeployed: candidates kept for the next role, and whether that next role came. */
export function RedeploymentSection({ redeployment, names }: { redeployment: RedeploymentInsights; names: ReadonlyMap<string, string> }) {
  const r = redeployment;
  const waiting = r.nearMisses.length - r.redeployed;
  const legend = [
    { key: 'redeployed', label: t('insightsRedeployed'), tone: 'tone-calm' },
    { key: 'waiting', label: t('insightsWaiting'), tone: 'tone-muted' },
  ];
  return (
    <InsightSection id="redeployment" title={t('insightsRedeploymentTitle')} lede={t('insightsRedeploymentLede')}>
      {r.nearMisses.length === 0 ? (
        <EmptyInsight title={t('insightsRedeploymentEmptyTitle')} body={t('insightsRedeploymentEmptyBody')} testId="redeployment-empty" />
      ) : (
        <>
          <ChartFigure
            id="redeployment-chart"
            title={t('insightsRedeploymentChartTitle')}
            summary={t('insightsRedeploymentSummary', formatNumber(r.redeployed), formatNumber(r.nearMisses.length), percentLabel(r.rate))}
            chart={(ids) => (
              <>
                <StackedBars
                  {...ids}
                  rows={[{
                    key: 'all',
                    label: t('insightsNearMisses'),
                    segments: [
                      { key: 'redeployed', value: r.redeployed, tone: 'tone-calm' },
                      { key: 'waiting', value: waiting, tone: 'tone-muted' },
                    ],
                    display: percentLabel(r.rate),
                  }]}
                />
                <Legend items={legend} />
              </>
            )}
            table={
              <DataTable
                caption={t('insightsRedeploymentChartTitle')}
                columns={[{ label: t('colStatus') }, { label: t('colCandidates'), numeric: true }]}
                rows={[[t('insightsRedeployed'), formatNumber(r.redeployed)], [t('insightsWaiting'), formatNumber(waiting)]]}
              />
            }
          />
          <h3 className="table-title" id="near-miss-h">{t('insightsNearMissListTitle')}</h3>
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="near-miss-h">
            <table className="data" data-testid="near-miss-table" aria-labelledby="near-miss-h">
              <thead>
                <tr>
                  <th scope="col">{t('colCandidate')}</th>
                  <th scope="col">{t('colMissed')}</th>
                  <th scope="col">{t('colInterview')}</th>
                  <th scope="col">{t('colSince')}</th>
                </tr>
              </thead>
              <tbody>
                {r.nearMisses.map((n) => (
                  <tr key={n.debriefId}>
                    <th scope="row">{names.get(n.candidateKey) ?? n.candidateKey}</th>
                    <td>{[n.roleTitle || t('insightsUntitledRole'), clientLabel(n.clientCompany)].join(' · ')}</td>
                    <td>{dateLabel(n.interviewAt)}</td>
                    <td>{sinceLabel(n)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </InsightSection>
  );
}

function sinceLabel(n: NearMiss): string {
  if (n.redeployedVia === 'shortlist') return t('insightsShortlistedOn', dateLabel(n.redeployedAt!));
  if (n.redeployedVia === 'interview') return t('insightsInterviewedOn', dateLabel(n.redeployedAt!));
  return t('insightsWaiting');
}
