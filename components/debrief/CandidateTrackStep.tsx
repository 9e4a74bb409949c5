import type { Debrief } from '@/domain/debrief';
import { CandidateStatusChoice } from './CandidateStatusChoice';
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
      <CandidateStatusChoice debriefId={debrief.id} status={debrief.track2.candidateStatus} />
      <MilestoneButtons debrief={debrief} />
    </div>
  );
}
