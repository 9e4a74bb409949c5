import type { Debrief } from '@/domain/debrief';
import type { ValidationIssue } from '@/domain/validation';
import { formatNumber, t } from '../i18n';
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
      {withQuickCapture ? <FeedbackQuickCapture debrief={debrief} /> : <p className="hint">{t('debriefCaptureCallBarHint')}</p>}
      <h3>{t('debriefCaptureFeedbackHeading', formatNumber(debrief.feedback.length))}</h3>
      {debrief.feedback.length === 0 ? (
        <p className="muted small" data-testid="feedback-empty">{t('debriefCaptureEmpty')}</p>
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
