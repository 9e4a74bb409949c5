import type { CompetencyTrend } from '@/domain/coaching';
import type { CalibrationInsights } from '@/domain/insights';
import type { MessageKey } from '../../i18n';
import { formatNumber, t, tCount } from '../../i18n';
import { ChartFigure, DataTable } from '../ChartFigure';
import { EmptyInsight, InsightSection } from '../InsightSection';
import { DivergingBars } from '../charts/DivergingBars';
import { LineChart } from '../charts/LineChart';
import { monthAxis, monthLabel, signedLabel } from '../format';

const TREND_KEYS: Readonly<Record<CompetencyTrend['trend'], MessageKey>> = {
  improving: 'trendImproving',
  worsening: 'trendWorsening',
  steady: 'trendSteady',
  'not-enough-data': 'trendNotEnoughData',
};

/** The recruiter's calibration: before-interview ratings against what the interview revealed. */
export function CalibrationSection({ calibration }: { calibration: CalibrationInsights }) {
  const c = calibration;
  return (
    <InsightSection id="calibration" title={t('insightsCalibrationTitle')} lede={t('insightsCalibrationLede')}>
      {c.ratings === 0 ? (
        <EmptyInsight title={t('insightsCalibrationEmptyTitle')} body={t('insightsCalibrationEmptyBody')} testId="calibration-empty" />
      ) : (
        <>
          <p className="figures" data-testid="calibration-figures">
            {t(
              'insightsCalibrationFigures',
              tCount('countRatingsOne', 'countRatingsOther', c.ratings),
              formatNumber(c.meanAbsoluteGap ?? 0),
              formatNumber(c.overrated),
              formatNumber(c.underrated),
              formatNumber(c.misjudged),
            )}
          </p>
          <ChartFigure
            id="calibration-competencies"
            title={t('insightsCalibrationCompetenciesTitle')}
            summary={t('insightsCalibrationCompetenciesSummary')}
            chart={(ids) => (
              <DivergingBars
                {...ids}
                limit={4}
                leftLabel={t('insightsRatedLower')}
                rightLabel={t('insightsRatedHigher')}
                bars={c.competencies.slice(0, 12).map((x) => ({
                  key: x.competency.toLowerCase(),
                  label: x.competency,
                  value: x.meanGap,
                  // The trend is only worth the room once there is one; the table always has it.
                  display: x.trend === 'not-enough-data' ? signedLabel(x.meanGap) : `${signedLabel(x.meanGap)} · ${t(TREND_KEYS[x.trend])}`,
                  compact: signedLabel(x.meanGap),
                }))}
              />
            )}
            table={
              <DataTable
                testId="calibration-table"
                caption={t('insightsCalibrationCompetenciesTitle')}
                columns={[
                  { label: t('colCompetency') },
                  { label: t('colRatings'), numeric: true },
                  { label: t('colMeanGap'), numeric: true },
                  { label: t('colMeanAbsoluteGap'), numeric: true },
                  { label: t('colTrend') },
                ]}
                rows={c.competencies.map((x) => [
                  x.competency,
                  formatNumber(x.points.length),
                  signedLabel(x.meanGap),
                  formatNumber(x.meanAbsoluteGap),
                  t(TREND_KEYS[x.trend]),
                ])}
              />
            }
          />
          <ChartFigure
            id="calibration-months"
            title={t('insightsCalibrationMonthsTitle')}
            summary={t('insightsCalibrationMonthsSummary')}
            chart={(ids) => (
              <LineChart {...ids} max={4} points={monthAxis(c.months.map((m) => m.month)).map((axis, i) => ({ ...axis, value: c.months[i]!.meanAbsoluteGap }))} />
            )}
            table={
              <DataTable
                testId="calibration-months-table"
                caption={t('insightsCalibrationMonthsTitle')}
                columns={[{ label: t('colMonth') }, { label: t('colMeanAbsoluteGap'), numeric: true }, { label: t('colRatings'), numeric: true }]}
                rows={c.months.map((m) => [monthLabel(m.month), m.meanAbsoluteGap === null ? '–' : formatNumber(m.meanAbsoluteGap), formatNumber(m.ratings)])}
              />
            }
          />
        </>
      )}
    </InsightSection>
  );
}
