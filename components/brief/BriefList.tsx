import { useId, useState } from 'react';
import { NewBriefForm } from './NewBriefForm';
import { QualificationScore } from './QualificationPanel';
import { formatStamp } from './brief-text';
import { useBriefList } from './use-briefs';
import { STATUS_LABELS } from './labels';
import { t, tCount } from '../i18n';

/** Every brief, open ones first: client, role, versions, plans and how well qualified each is. */
export function BriefList({ onOpen }: { onOpen(briefId: string): void }) {
  const id = useId();
  const rows = useBriefList();
  const [creating, setCreating] = useState(false);
  return (
    <section className="stack-lg" aria-labelledby={`${id}-h`} data-testid="brief-list">
      <div className="row spread wrap">
        <h1 id={`${id}-h`}>{t('briefListHeading')}</h1>
        {!creating && <button type="button" className="btn primary" onClick={() => setCreating(true)} data-testid="new-brief">{t('briefNewBrief')}</button>}
      </div>
      <p className="lede muted">{t('briefListLede')}</p>
      {creating && <NewBriefForm onCreated={onOpen} onCancel={() => setCreating(false)} />}
      {rows === undefined ? (
        <p className="muted" aria-busy="true">{t('loading')}</p>
      ) : rows.length === 0 ? (
        <div className="card empty" data-testid="briefs-empty">
          <strong>{t('briefListEmptyTitle')}</strong>
          {t('briefListEmptyBody')}
        </div>
      ) : (
        <ul className="brief-cards">
          {rows.map(({ brief, versions, plans, qualification }) => (
            <li key={brief.id} className={`card stack brief-card ${brief.status}`} data-testid="brief-row" data-brief={brief.id}>
              <div className="row spread wrap">
                <button type="button" className="btn link brief-open" onClick={() => onOpen(brief.id)} dir="auto" data-testid="open-brief">
                  {brief.roleTitle || t('briefUntitledRole')}
                </button>
                <span className={brief.status === 'open' ? 'pill' : 'pill subtle'}>{t(STATUS_LABELS[brief.status])}</span>
              </div>
              <span className="muted" dir="auto">{brief.clientCompany || t('briefClientNotSet')}</span>
              <span className="small muted">
                {t('briefListRowMeta', tCount('briefCountVersionsOne', 'briefCountVersionsOther', versions),
                  tCount('briefCountPlansOne', 'briefCountPlansOther', plans), formatStamp(brief.updatedAt))}
              </span>
              <QualificationScore qualification={qualification} compact />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
