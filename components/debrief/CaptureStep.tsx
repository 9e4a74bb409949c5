import type { Debrief } from '@/domain/debrief';
import type { ValidationIssue } from '@/domain/validation';
import { FeedbackItemEditor } from './FeedbackItemEditor';
import { FeedbackQuickCapture } from './FeedbackQuickCapture';
import { ListeningPrompts } from './ListeningPrompts';
import { RecruiterNotes } from './RecruiterNotes';

interface Props {
  debrief: Debrief;
  issues: readonly ValidationIssue[];
  candidateNames: readonly string[];
  /** The side panel keeps quick capture in its call bar, always in reach: no second one here. */
  withQuickCapture: boolean;
}

/** Step 1: the client's words first, before any opinion about them. */
export function CaptureStep({ debrief, issues, candidateNames, withQuickCapture }: Props) {
  return (
    <div className="stack">
      <ListeningPrompts limit={withQuickCapture ? 4 : undefined} />
      {withQuickCapture ? <FeedbackQuickCapture debrief={debrief} /> : <p className="hint">Quick capture is in the call bar at the top: Enter saves each quote.</p>}
      <h3>Client feedback ({debrief.feedback.length})</h3>
      {debrief.feedback.length === 0 ? (
        <p className="muted small" data-testid="feedback-empty">No quotes yet. Write down what the client said, in their words, before deciding what it means.</p>
      ) : (
        <ul className="list" data-testid="feedback-list">
          {debrief.feedback.map((item, index) => (
            <FeedbackItemEditor key={item.id} debriefId={debrief.id} item={item} index={index} issues={issues} />
          ))}
        </ul>
      )}
      <RecruiterNotes debrief={debrief} candidateNames={candidateNames} />
    </div>
  );
}
