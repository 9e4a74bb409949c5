import { useId, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatLongDate, toCalendarDate, validatePlan, type BriefVersion, type PlanKind } from '@/domain/brief';
import { candidateNames } from '@/storage/candidate-pool';
import { deleteDraftPlan, markPlanAsSent, updateDraftPlan, type StoredPlan } from '@/storage/plans';
import { PlanDatesEditor } from './PlanDatesEditor';
import { PlanKindChoice } from './PlanKindChoice';
import { ShortlistEditor } from './ShortlistEditor';
import { SourcingEditor } from './SourcingEditor';
import { formatStamp } from './brief-text';

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
      setError(e instanceof Error ? e.message : 'Could not mark the plan as sent.');
    }
  };
  const remove = async () => {
    await deleteDraftPlan(plan.id);
    onDeleted();
  };

  return (
    <section className="card stack plan" aria-labelledby={`${id}-h`} data-testid="plan-editor" data-status={plan.status}>
      <div className="row spread wrap">
        <h2 id={`${id}-h`}>Plan on version {plan.briefVersion}</h2>
        {readOnly ? (
          <span className="badge ok" data-testid="plan-status">Sent {plan.sentAt ? formatStamp(plan.sentAt) : ''}</span>
        ) : (
          <span className="badge" data-testid="plan-status">Draft</span>
        )}
      </div>
      {plan.briefVersion < currentVersion && (
        <p className="banner small" role="note">The brief has changed since this plan (now version {currentVersion}). Build a new plan to use the latest requirements.</p>
      )}
      {!readOnly && (
        <PlanKindChoice value={plan.kind} onChange={(kind: PlanKind) => void updateDraftPlan(plan.id, () => ({ kind }))} />
      )}
      {plan.kind !== 'sourcing' && <ShortlistEditor plan={plan} content={version.content} readOnly={readOnly} />}
      {plan.kind !== 'shortlist' && <SourcingEditor plan={plan} content={version.content} readOnly={readOnly} />}
      <PlanDatesEditor plan={plan} urgency={version.content.urgency} readOnly={readOnly} />
      {!readOnly && check.issues.length > 0 && (
        <ul className="issues plan-issues" aria-label="Before sending" data-testid="plan-issues">
          {check.issues.map((issue, i) => (
            <li key={i} className={issue.severity}>
              <span className={issue.severity === 'error' ? 'pill warn' : 'pill'}>{issue.severity === 'error' ? 'Fix' : 'Check'}</span> {issue.message}
            </li>
          ))}
        </ul>
      )}
      {readOnly ? (
        <p className="small">
          Sent to the client. Promised: shortlist by {formatLongDate(plan.dates.shortlistBy)}, interviews by {formatLongDate(plan.dates.interviewsBy)}.
        </p>
      ) : (
        <div className="row wrap">
          <button type="button" className="btn primary" onClick={() => void send()} disabled={errors.length > 0} data-testid="mark-sent">
            Mark as sent to the client
          </button>
          <button type="button" className="btn danger" onClick={() => void remove()} data-testid="delete-plan">Delete draft</button>
          {errors.length > 0 && <span className="hint">Fix the {errors.length === 1 ? 'problem' : `${errors.length} problems`} above first.</span>}
        </div>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  );
}
