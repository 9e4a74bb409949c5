import { useId, useMemo, useState } from 'react';
import { draftCandidateFeedback } from '@/domain/coaching';
import type { Debrief } from '@/domain/debrief';
import { t } from '../i18n';
import { copyText } from './copy-text';
import { useAutosavedText } from './use-autosaved-text';

/**
 * The feedback message to the candidate: drafted from the client's words and
 * the chosen coaching points, then the recruiter's to edit. Regenerating never
 * silently replaces edits: it asks first.
 */
export function CandidateMessage({ debrief, candidateNames }: { debrief: Debrief; candidateNames: readonly string[] }) {
  const id = useId();
  const field = useAutosavedText(debrief.id, 'track2.candidateMessage', debrief.track2.candidateMessage);
  const [confirming, setConfirming] = useState(false);
  const draft = useMemo(
    () =>
      draftCandidateFeedback({
        candidateFirstName: candidateNames[0]?.split(/\s+/)[0] ?? '',
        candidateNames,
        roleTitle: debrief.roleTitle,
        clientCompany: debrief.clientCompany,
        feedback: debrief.feedback,
        coachingPoints: debrief.track2.coachingPoints,
        outcome: debrief.outcome,
      }),
    [candidateNames, debrief.roleTitle, debrief.clientCompany, debrief.feedback, debrief.track2.coachingPoints, debrief.outcome],
  );
  const message = field.value;
  const upToDate = message === draft;

  const generate = () => {
    if (message.trim() && !upToDate && !confirming) return setConfirming(true);
    setConfirming(false);
    field.onChange(draft);
  };

  return (
    <section className="stack" aria-labelledby={`${id}-h`} data-testid="candidate-message">
      <div className="section-title">
        <h3 id={`${id}-h`}>{t('debriefMessageHeading')}</h3>
        {message.trim() && <span className="hint">{upToDate ? t('debriefMessageUpToDate') : t('debriefMessageEdited')}</span>}
      </div>
      <label htmlFor={id} className="visually-hidden">{t('debriefMessageHeading')}</label>
      <textarea id={id} dir="auto" rows={message ? 9 : 3} value={message} data-testid="candidate-message-text"
        placeholder={t('debriefMessagePlaceholder')}
        onChange={(e) => field.onChange(e.target.value)} onFocus={field.onFocus} onBlur={field.onBlur} />
      {field.error && <p className="error">{field.error}</p>}
      {confirming ? (
        <div className="row warning" role="alert">
          <span>{t('debriefMessageReplaceConfirm')}</span>
          <button type="button" className="btn small danger" onClick={generate}>{t('debriefMessageReplace')}</button>
          <button type="button" className="btn small" onClick={() => setConfirming(false)}>{t('debriefMessageKeepMine')}</button>
        </div>
      ) : (
        <div className="row">
          <button type="button" className={`btn${message.trim() ? '' : ' primary'}`} onClick={generate} disabled={upToDate} data-testid="draft-message">
            {message.trim() ? t('debriefMessageRegenerate') : t('debriefMessageDraft')}
          </button>
          <button type="button" className="btn" disabled={!message.trim()} onClick={() => void copyText(message, 'message')} data-testid="copy-message">{t('debriefMessageCopy')}</button>
        </div>
      )}
    </section>
  );
}
