import { CANDIDATE_STATUSES, type CandidateStatus, type Debrief } from '@/domain/debrief';
import { setCandidateStatus } from '@/storage/debrief-edits';
import { CandidateMessage } from './CandidateMessage';
import { CoachingPoints } from './CoachingPoints';
import { CompetencyRatings } from './CompetencyRatings';
import { MilestoneButtons } from './MilestoneButtons';
import { MotivationCheck } from './MotivationCheck';

/** Step 5, track 2: re-assess, coach, re-check motivation, give feedback, and keep the candidate ready. */
export function CandidateTrackStep({ debrief, candidateNames }: { debrief: Debrief; candidateNames: readonly string[] }) {
  return (
    <div className="stack">
      <CompetencyRatings debrief={debrief} />
      <CoachingPoints debrief={debrief} />
      <MotivationCheck debrief={debrief} />
      <CandidateMessage debrief={debrief} candidateNames={candidateNames} />
      <fieldset className="stack" style={{ gap: 4 }} data-testid="candidate-status">
        <legend>Candidate status</legend>
        {(Object.entries(CANDIDATE_STATUSES) as [CandidateStatus, string][]).map(([value, label]) => (
          <label key={value} className="row" style={{ fontWeight: 400, fontSize: 13 }}>
            <input type="radio" name={`status-${debrief.id}`} value={value} checked={debrief.track2.candidateStatus === value}
              onChange={() => void setCandidateStatus(debrief.id, value)} />
            {label}
          </label>
        ))}
      </fieldset>
      <MilestoneButtons debrief={debrief} />
    </div>
  );
}
