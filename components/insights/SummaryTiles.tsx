import type { Insights } from '@/domain/insights';
import { percent } from '@/domain/insights';
import { formatNumber, t, tCount } from '../i18n';
import { causeLabel, hoursLabel, percentLabel } from './format';

/** Four numbers that answer "how am I doing?" before any chart is read. */
export function SummaryTiles({ insights }: { insights: Insights }) {
  const { causes, speed, redeployment } = insights;
  const feedback = speed.find((s) => s.id === 'candidateFeedback')!;
  const tiles = [
    { id: 'debriefs', label: t('tileDebriefs'), value: formatNumber(insights.debriefs), note: tCount('countConfirmedOne', 'countConfirmedOther', causes.debriefs) },
    {
      id: 'top-cause',
      label: t('tileTopCause'),
      value: causes.topCause ? causeLabel(causes.topCause) : '–',
      note: causes.topCause ? t('tileTopCauseNote', percentLabel(percent(causes.totals[causes.topCause], causes.debriefs))) : t('tileNoCauses'),
    },
    {
      id: 'feedback-speed',
      label: t('tileFeedbackSpeed'),
      value: hoursLabel(feedback.medianHours),
      note: t('tileFeedbackSpeedNote', hoursLabel(feedback.targetHours), percentLabel(feedback.onTargetPercent)),
    },
    {
      id: 'redeployed',
      label: t('tileRedeployed'),
      value: percentLabel(redeployment.rate),
      note: t('tileRedeployedNote', formatNumber(redeployment.redeployed), formatNumber(redeployment.nearMisses.length)),
    },
  ];
  return (
    <ul className="tiles" aria-label={t('tilesLabel')}>
      {tiles.map((tile) => (
        <li key={tile.id} className="tile card" data-testid={`tile-${tile.id}`}>
          <span className="tile-label">{tile.label}</span>
          <span className="tile-value">{tile.value}</span>
          <span className="tile-note muted small">{tile.note}</span>
        </li>
      ))}
    </ul>
  );
}
