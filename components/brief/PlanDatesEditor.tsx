import { useId } from 'react';
import { isIsoDate, proposePlanDates, type PlanDates, type Urgency } from '@/domain/brief';
import { updateDraftPlan, type StoredPlan } from '@/storage/plans';
import { t, type MessageKey } from '../i18n';
import { DATE_LABELS, longDate } from './labels';

const DATES = Object.keys(DATE_LABELS) as (keyof PlanDates)[];

const PROPOSE: Readonly<Record<Exclude<Urgency, ''>, MessageKey>> = { low: 'planProposeDatesLow', normal: 'planProposeDatesNormal', high: 'planProposeDatesHigh' };

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
      <legend>{t('planDatesLegend')}</legend>
      <div className="dates-grid">
        {DATES.map((key) => (
          <div key={key} className="field">
            <label htmlFor={`${id}-${key}`}>{t(DATE_LABELS[key])}</label>
            <input id={`${id}-${key}`} type="date" value={plan.dates[key] ?? ''} readOnly={readOnly} data-testid={`date-${key}`}
              onChange={(e) => set(key, e.target.value)} />
            <span className="hint">{isIsoDate(plan.dates[key]) ? longDate(plan.dates[key]) : t('briefNotSet')}</span>
          </div>
        ))}
      </div>
      {!readOnly && (
        <button type="button" className="btn small" style={{ alignSelf: 'start' }} onClick={propose} data-testid="propose-dates">
          {t(PROPOSE[urgency || 'normal'])}
        </button>
      )}
    </fieldset>
  );
}
