import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { sendMessage } from '@/messaging/protocol';
import { correctCandidate } from '@/storage/candidates';
import type { CandidateRecord } from '@/storage/types';
import { displayName } from '@/storage/types';
import { t } from './i18n';
import { errorText } from './error-text';

/**
 * Inline correction of the detected name and job, remembered for this
 * candidate id and winning over the page from then on. Saving also asks the
 * tab's in-page panel to redraw, so the corrected name shows there at once.
 */
export function CandidateCorrection({ candidate, tabId, onDone }: { candidate: CandidateRecord; tabId?: number | null; onDone(): void }) {
  const [name, setName] = useState(displayName(candidate));
  const [jobTitle, setJobTitle] = useState(candidate.correction?.jobTitle || candidate.job?.title || '');
  const [company, setCompany] = useState(candidate.correction?.company || candidate.job?.company || '');
  const [error, setError] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => nameRef.current?.focus(), []);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError(t('appCorrectNameRequired'));
    try {
      await correctCandidate(candidate.key, { name, jobTitle, company });
    } catch (err) {
      return setError(errorText(err, t('appSaveFailed')));
    }
    if (tabId) {
      try {
        void sendMessage('panel.refresh', undefined, tabId).catch(() => undefined);
      } catch {
        // No messaging here (component tests): nothing to redraw.
      }
    }
    onDone();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation(); // Esc closes the form, not the popup
    onDone();
  };

  return (
    <form className="stack" onSubmit={(e) => void onSubmit(e)} onKeyDown={onKeyDown} aria-label={t('appCorrectFormLabel')} noValidate>
      <div className="field">
        <label htmlFor="fix-name">{t('appFieldName')}</label>
        <input id="fix-name" ref={nameRef} value={name} maxLength={120} onChange={(e) => setName(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby="fix-error" data-testid="correct-name" />
      </div>
      <div className="row">
        <div className="field" style={{ flex: 1 }}>
          <label htmlFor="fix-job">{t('appFieldJob')}</label>
          <input id="fix-job" value={jobTitle} maxLength={220} onChange={(e) => setJobTitle(e.target.value)} data-testid="correct-job" />
        </div>
        <div className="field" style={{ flex: 1 }}>
          <label htmlFor="fix-company">{t('appFieldClient')}</label>
          <input id="fix-company" value={company} maxLength={220} onChange={(e) => setCompany(e.target.value)} />
        </div>
      </div>
      <p id="fix-error" className="error" role="alert" style={{ margin: 0 }}>
        {error}
      </p>
      <div className="row">
        <button type="submit" className="btn primary small" data-testid="correct-save">
          {t('appSave')}
        </button>
        <button type="button" className="btn small" onClick={onDone}>
          {t('appCancel')}
        </button>
      </div>
    </form>
  );
}
