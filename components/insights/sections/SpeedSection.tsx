import type { MilestoneSpeed } from '@/domain/insights';
import { formatNumber, t } from '../../i18n';
import { ChartFigure, DataTable } from '../ChartFigure';
import { EmptyInsight, InsightSection } from '../InsightSection';
import { HorizontalBars } from '../charts/HorizontalBars';
import { hoursLabel, milestoneLabel, percentLabel } from '../format';

/** Speed: median hours from the interview to each step, with the target marked on each bar. */
export function SpeedSection({ speed }: { speed: readonly MilestoneSpeed[] }) {
  const settled = speed.some((s) => s.done + s.overdue > 0);
  const feedback = speed.find((s) => s.id === 'candidateFeedback');
  return (
    <InsightSection id="speed" title={t('insightsSpeedTitle')} lede={t('insightsSpeedLede')}>
      {!settled ? (
        <EmptyInsight title={t('insightsSpeedEmptyTitle')} body={t('insightsSpeedEmptyBody')} testId="speed-empty" />
      ) : (
        <ChartFigure
          id="speed-chart"
          title={t('insightsSpeedChartTitle')}
          summary={t('insightsSpeedSummary', hoursLabel(feedback?.medianHours ?? null), hoursLabel(feedback?.targetHours ?? null), percentLabel(feedback?.onTargetPercent ?? null))}
          chart={(ids) => (
            <HorizontalBars
              {...ids}
              markerLabel={t('insightsTargetMarker')}
              bars={speed.map((s) => ({
                key: s.id,
                label: milestoneLabel(s.id),
                value: s.medianHours ?? 0,
                marker: s.targetHours,
                tone: s.medianHours !== null && s.medianHours > s.targetHours ? 'tone-warn' : 'tone-calm',
                display: s.medianHours === null ? t('insightsNotYet') : `${hoursLabel(s.medianHours)} · ${percentLabel(s.onTargetPercent)}`,
              }))}
            />
          )}
          table={
            <DataTable
              testId="speed-table"
              caption={t('insightsSpeedChartTitle')}
              columns={[
                { label: t('colStep') },
                { label: t('colTarget'), numeric: true },
                { label: t('colMedian'), numeric: true },
                { label: t('colDone'), numeric: true },
                { label: t('colOnTarget'), numeric: true },
                { label: t('colOverdueNow'), numeric: true },
                { label: t('colOnTargetShare'), numeric: true },
              ]}
              rows={speed.map((s) => [
                milestoneLabel(s.id),
                hoursLabel(s.targetHours),
                hoursLabel(s.medianHours),
                formatNumber(s.done),
                formatNumber(s.onTarget),
                formatNumber(s.overdue),
                percentLabel(s.onTargetPercent),
              ])}
            />
          }
        />
      )}
    </InsightSection>
  );
}
