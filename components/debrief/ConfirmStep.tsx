import type { Debrief } from '@/domain/debrief';
import type { CauseScore } from '@/domain/diagnosis/engine';
import { t } from '../i18n';
import { CauseChoice } from './CauseChoice';

/** Step 3: the recruiter's call. More than one cause may be true; the scores only advise. */
export function ConfirmStep({ debrief, ranked }: { debrief: Debrief; ranked: readonly CauseScore[] }) {
  const confirmed = new Set(debrief.confirmedCauses);
  return (
    <fieldset className="stack" data-testid="confirm-causes">
      <legend>{t('debriefConfirmLegend')}</legend>
      <p className="hint">{t('debriefConfirmHint')}</p>
      {ranked.map((score) => (
        <CauseChoice key={score.cause} debriefId={debrief.id} score={score} confirmed={confirmed.has(score.cause)} />
      ))}
      {confirmed.size === 0 && <p className="small" role="status">{t('debriefConfirmAtLeastOne')}</p>}
    </fieldset>
  );
}
