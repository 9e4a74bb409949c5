import { useRef, useState } from 'react';
import type { CandidateRecord } from '@/storage/types';
import { displayName } from '@/storage/types';
import { siteLabelText } from './site-text';
import { CandidateCorrection } from './CandidateCorrection';
import { t } from './i18n';

/**
 * Who the view is about. All text is rendered by React as text, never HTML.
 * "Correct" fixes a wrong or missing name/job in place (`tabId`: the tab
 * whose in-page panel should redraw with the correction).
 */
export function CandidateHeader({ candidate, tabId }: { candidate: CandidateRecord; tabId?: number | null }) {
  const site = siteLabelText(candidate.site, candidate.externalId);
  const job = candidate.correction?.jobTitle || candidate.job?.title;
  const company = candidate.correction?.company || candidate.job?.company;
  const name = displayName(candidate);
  const [editing, setEditing] = useState(false);
  const correctRef = useRef<HTMLButtonElement>(null);
  const done = () => {
    setEditing(false);
    setTimeout(() => correctRef.current?.focus(), 0); // back where the recruiter started
  };
  return (
    <header className="card stack" aria-label={t('appCandidateLabel')}>
      <div className="row spread">
        <h1 className="clip" data-testid="candidate-name">{name || t('appWhoIsThis')}</h1>
        <span className="row">
          <span className="pill">{site}</span>
          {!editing && (
            <button type="button" ref={correctRef} className="btn small" onClick={() => setEditing(true)} aria-label={t('appCorrectOpenLabel')} data-testid="correct-open">
              {t(name ? 'appCorrect' : 'appAddName')}
            </button>
          )}
        </span>
      </div>
      {!name && !editing && <p className="muted small" style={{ margin: 0 }}>{t('appNoNameHint')}</p>}
      {editing && <CandidateCorrection candidate={candidate} tabId={tabId} onDone={done} />}
      {!editing && candidate.headline && <p className="muted clip" style={{ margin: 0 }} data-testid="candidate-headline">{candidate.headline}</p>}
      {!editing && (job || company) && (
        <p className="small clip" style={{ margin: 0 }}>
          {job && company ? t('appRoleAtCompany', job, company) : t('appRole', (job || company)!)}
        </p>
      )}
    </header>
  );
}
