import { useId, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { toCalendarDate, validatePlan, type BriefVersion, type PlanKind } from '@/domain/brief';
import { candidateNames } from '@/storage/candidate-pool';
import { BriefInputError } from '@/storage/briefs';
import { deleteDraftPlan, markPlanAsSent, updateDraftPlan, type StoredPlan } from '@/storage/plans';
import { PlanDatesEditor } from './PlanDatesEditor';
import { PlanKindChoice } from './PlanKindChoice';
import { ShortlistEditor } from './ShortlistEditor';
import { SourcingEditor } from './SourcingEditor';
import { formatStamp } from './brief-text';
import { longDate, planIssueText } from './labels';
import { errorText } from '../error-text';
import { t, tCount } from '../i18n';

interface Props {
  plan: StoredPlan;
  /** The version the plan is built on. */
  version: BriefVersion;
  currentVersion: number;
  onDeleted(): void;
}

/** One plan: shortlist and/or sourcing, dates, checks, and sending it. A sent plan is shown as sent, read-only. */
export function PlanEditor({ plan, version, currentVersion, onDeleted }: Props) {
  const id = useId();
  const [error, setError] = useState('');
  const readOnly = plan.status === 'sent';
  const keys = plan.shortlist.map((e) => e.candidateKey).join('|');
  const names = useLiveQuery(() => candidateNames(keys ? keys.split('|') : []), [keys]) ?? {};
  const today = toCalendarDate(new Date());
  const check = useMemo(() => validatePlan(plan, { today, names }), [plan, today, names]);
  const errors = check.issues.filter((i) => i.severity === 'error');

  const send = async () => {
    setError('');
    try {
      await markPlanAsSent(plan.id);
    } catch (e) {
      setError(e instanceof BriefInputError && e.issue ? planIssueText(e.issue) : errorText(e, t('planSendFailed')));
    }
  };
  const remove = async () => {
    await deleteDraftPlan(plan.id);
    onDeleted();
  };

  return (
    <section className="card stack plan" aria-labelledby={`${id}-h`} data-testid="plan-editor" data-status={plan.status}>
      <div className="row spread wrap">
        <h2 id={`${id}-h`}>{t('planHeading', plan.briefVersion)}</h2>
        {readOnly ? (
          <span className="badge ok" data-testid="plan-status">{plan.sentAt ? t('planStatusSentOn', formatStamp(plan.sentAt)) : t('planStatusSent')}</span>
        ) : (
          <span className="badge" data-testid="plan-status">{t('planStatusDraft')}</span>
        )}
      </div>
      {plan.briefVersion < currentVersion && (
        <p className="banner small" role="note">{t('planOutdated', currentVersion)}</p>
      )}
      {!readOnly && (
        <PlanKindChoice value={plan.kind} onChange={(kind: PlanKind) => void updateDraftPlan(plan.id, () => ({ kind }))} />
      )}
      {plan.kind !== 'sourcing' && <ShortlistEditor plan={plan} content={version.content} readOnly={readOnly} />}
      {plan.kind !== 'shortlist' && <SourcingEditor plan={plan} content={version.content} readOnly={readOnly} />}
      <PlanDatesEditor plan={plan} urgency={version.content.urgency} readOnly={readOnly} />
      {!readOnly && check.issues.length > 0 && (
        <ul className="issues plan-issues" aria-label={t('planIssuesLabel')} data-testid="plan-issues">
          {check.issues.map((issue, i) => (
            <li key={i} className={issue.severity}>
              <span className={issue.severity === 'error' ? 'pill warn' : 'pill'}>{t(issue.severity === 'error' ? 'planIssueFix' : 'planIssueCheck')}</span> {planIssueText(issue)}
            </li>
          ))}
        </ul>
      )}
      {readOnly ? (
        <p className="small">
          {t('planSentSummary', longDate(plan.dates.shortlistBy), longDate(plan.dates.interviewsBy))}
        </p>
      ) : (
        <div className="row wrap">
          <button type="button" className="btn primary" onClick={() => void send()} disabled={errors.length > 0} data-testid="mark-sent">
            {t('planMarkSent')}
          </button>
          <button type="button" className="btn danger" onClick={() => void remove()} data-testid="delete-plan">{t('planDelete')}</button>
          {errors.length > 0 && <span className="hint">{tCount('planFixFirstOne', 'planFixFirstOther', errors.length)}</span>}
        </div>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  );
}
