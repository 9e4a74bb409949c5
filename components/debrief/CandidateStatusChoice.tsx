import { CANDIDATE_STATUSES, type CandidateStatus } from '@/domain/debrief';
import { setCandidateStatus } from '@/storage/debrief-edits';
import { usePendingValue } from './use-pending-value';

/** Keep for the next role, withdrawn, or still in process: a candidate who misses one job often lands the next. */
export function CandidateStatusChoice({ debriefId, status }: { debriefId: string; status: CandidateStatus }) {
  const [shown, show] = usePendingValue(status);
  return (
    <fieldset className="stack" style={{ gap: 4 }} data-testid="candidate-status">
      <legend>Candidate status</legend>
      {(Object.entries(CANDIDATE_STATUSES) as [CandidateStatus, string][]).map(([value, label]) => (
        <label key={value} className="row" style={{ fontWeight: 400, fontSize: 13 }}>
          <input type="radio" name={`status-${debriefId}`} value={value} checked={shown === value}
            onChange={() => {
              show(value);
              void setCandidateStatus(debriefId, value);
            }} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
