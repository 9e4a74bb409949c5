import type { CauseScore } from '@/domain/diagnosis/engine';
import { setCauseConfirmed } from '@/storage/debrief-edits';
import { formatNumber, t } from '../i18n';
import { causeDescription, causeLabel } from './labels';
import { usePendingValue } from './use-pending-value';

/** One cause to confirm, with its share and how many answers speak for and against it. */
export function CauseChoice({ debriefId, score, confirmed }: { debriefId: string; score: CauseScore; confirmed: boolean }) {
  const [checked, show] = usePendingValue(confirmed);
  const forCount = score.evidence.filter((e) => e.weight > 0).length;
  const againstCount = score.evidence.filter((e) => e.weight < 0).length;
  return (
    <label className="cause-choice" data-testid={`confirm-${score.cause}`}>
      <input type="checkbox" checked={checked}
        onChange={(e) => {
          show(e.target.checked);
          void setCauseConfirmed(debriefId, score.cause, e.target.checked);
        }} />
      <span>
        <strong>{causeLabel(score.cause)}</strong>
        <span className="hint" style={{ display: 'block' }}>{causeDescription(score.cause)}</span>
        <span className="hint" style={{ display: 'block' }}>{t('debriefCauseAnswersForAgainst', formatNumber(forCount), formatNumber(againstCount))}</span>
      </span>
      <span className="small">{t('debriefCausePercent', formatNumber(score.percent, 0))}</span>
    </label>
  );
}
