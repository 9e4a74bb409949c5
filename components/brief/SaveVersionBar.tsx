import { useId, useState } from 'react';
import { BRIEF_LIMITS, reasonProblem } from '@/domain/brief-input';
import { formatNumber, t } from '../i18n';
import type { SaveMessage } from './use-save-revision';

interface Props {
  nextVersion: number;
  reason: string;
  dirty: boolean;
  busy: boolean;
  message: SaveMessage | null;
  onReason(reason: string): void;
  onSave(): void;
  onDiscard(): void;
}

/** Why the reason cannot be saved, in words; null when it can. */
function reasonProblemText(reason: string): string | null {
  if (!reasonProblem(reason)) return null;
  const length = reason.trim().length;
  return length === 0 ? t('briefReasonMissing') : t('briefReasonTooLong', formatNumber(BRIEF_LIMITS.reasonChars, 0), formatNumber(length, 0));
}

/**
 * Saving is explicit and needs a reason: the version history is the story
 * of the search ("why did we add accessibility?"), told in the recruiter's
 * words. Edits are kept as a draft meanwhile, so nothing is lost by waiting.
 */
export function SaveVersionBar({ nextVersion, reason, dirty, busy, message, onReason, onSave, onDiscard }: Props) {
  const id = useId();
  const [tried, setTried] = useState(false);
  const problem = tried ? reasonProblemText(reason) : null;
  const save = () => {
    setTried(true);
    if (!reasonProblem(reason)) onSave();
  };
  return (
    <section className="card stack savebar" aria-labelledby={`${id}-h`} data-testid="save-bar">
      <div className="row spread wrap">
        <h2 id={`${id}-h`}>{t('briefSaveAs', nextVersion)}</h2>
        <span className="hint" data-testid="draft-state">{t(dirty ? 'briefDraftUnsaved' : 'briefDraftNone')}</span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('briefReasonLabel')}</label>
        <textarea id={`${id}-reason`} rows={2} dir="auto" value={reason} data-testid="revision-reason" aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined} placeholder={t('briefReasonPlaceholder')}
          onChange={(e) => onReason(e.target.value)} />
        {problem && <p id={`${id}-problem`} className="error">{problem}</p>}
      </div>
      <div className="row wrap">
        <button type="button" className="btn primary" onClick={save} disabled={busy || !dirty} data-testid="save-version">
          {busy ? t('briefSaving') : t('briefSaveAs', nextVersion)}
        </button>
        {dirty && <button type="button" className="btn" onClick={onDiscard} data-testid="discard-edits">{t('briefDiscard')}</button>}
      </div>
      <div aria-live="polite" data-testid="save-message">
        {message && <p className={message.tone === 'error' ? 'error' : 'ok-text'} role={message.tone === 'error' ? 'alert' : undefined}>{message.text}</p>}
      </div>
    </section>
  );
}
