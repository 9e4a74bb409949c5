import type { CandidateStatus } from '@/domain/debrief';
import { setCandidateStatus } from '@/storage/debrief-edits';
import { t } from '../i18n';
import { CANDIDATE_STATUS_IDS, candidateStatusLabel } from './labels';
import { usePendingValue } from './use-pending-value';

/** Keep for the next role, withdrawn, or still in process: a candidate who misses one job often lands the next. */
export function CandidateStatusChoice({ debriefId, status }: { debriefId: string; status: CandidateStatus }) {
  const [shown, show] = usePendingValue(status);
  return (
    <fieldset className="stack" style={{ gap: 4 }} data-testid="candidate-status">
      <legend>{t('debriefCandidateStatus')}</legend>
      {CANDIDATE_STATUS_IDS.map((value) => (
        <label key={value} className="row" style={{ fontWeight: 400, fontSize: 13 }}>
          <input type="radio" name={`status-${debriefId}`} value={value} checked={shown === value}
            onChange={() => {
              show(value);
              void setCandidateStatus(debriefId, value);
            }} />
          {candidateStatusLabel(value)}
        </label>
      ))}
    </fieldset>
  );
}
