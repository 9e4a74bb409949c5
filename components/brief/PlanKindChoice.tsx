import { useId } from 'react';
import type { PlanKind } from '@/domain/brief';
import { t } from '../i18n';
import { PLAN_KINDS } from './labels';

/** Shortlist, sourcing or both: native radios in a fieldset (arrow keys move, Space picks). */
export function PlanKindChoice({ value, onChange }: { value: PlanKind; onChange(kind: PlanKind): void }) {
  const name = useId();
  return (
    <fieldset className="kind-choice" data-testid="plan-kind">
      <legend>{t('planKindLegend')}</legend>
      <div className="kind-options">
        {PLAN_KINDS.map((k) => (
          <label key={k.value} className={value === k.value ? 'kind selected' : 'kind'}>
            <input type="radio" name={name} value={k.value} checked={value === k.value} onChange={() => onChange(k.value)} data-testid={`kind-${k.value}`} />
            <span className="stack tight">
              <strong>{t(k.label)}</strong>
              <span className="small muted">{t(k.hint)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
