import { useId } from 'react';
import { formatLongDate, isIsoDate, proposePlanDates, CHOICE_LABELS, type PlanDates, type Urgency } from '@/domain/brief';
import { updateDraftPlan, type StoredPlan } from '@/storage/plans';

const DATES: readonly { key: keyof PlanDates; label: string }[] = [
  { key: 'shortlistBy', label: 'Shortlist by' },
  { key: 'interviewsBy', label: 'Interviews by' },
  { key: 'decisionBy', label: 'Decision by' },
];

/** Dates the client can hold the recruiter to, proposed from the brief's urgency and editable. */
export function PlanDatesEditor({ plan, urgency, readOnly }: { plan: StoredPlan; urgency: Urgency; readOnly: boolean }) {
  const id = useId();
  const set = (key: keyof PlanDates, value: string) =>
    void updateDraftPlan(plan.id, (p) => {
      const dates = { ...p.dates, [key]: value };
      // The decision date is optional: cleared means "not promised", not "invalid".
      if (key === 'decisionBy' && value === '') delete dates.decisionBy;
      return { dates };
    });
  const propose = () => void updateDraftPlan(plan.id, () => ({ dates: proposePlanDates(new Date(), urgency) }));
  return (
    <fieldset className="plan-part" data-testid="plan-dates">
      <legend>Dates</legend>
      <div className="dates-grid">
        {DATES.map(({ key, label }) => (
          <div key={key} className="field">
            <label htmlFor={`${id}-${key}`}>{label}</label>
            <input id={`${id}-${key}`} type="date" value={plan.dates[key] ?? ''} readOnly={readOnly} data-testid={`date-${key}`}
              onChange={(e) => set(key, e.target.value)} />
            <span className="hint">{isIsoDate(plan.dates[key]) ? formatLongDate(plan.dates[key]!) : 'Not set'}</span>
          </div>
        ))}
      </div>
      {!readOnly && (
        <button type="button" className="btn small" style={{ alignSelf: 'start' }} onClick={propose} data-testid="propose-dates">
          Propose dates for {CHOICE_LABELS.urgency?.[urgency || 'normal']?.toLowerCase()} urgency, from today
        </button>
      )}
    </fieldset>
  );
}
