import { useId } from 'react';
import type { SalaryPeriod, SalaryRange } from '@/domain/brief';
import { t } from '../i18n';
import { fieldLabelText, SALARY_PERIODS } from './labels';

function toNumber(text: string): number | null {
  const n = Number(text.replace(/[\s,]/g, ''));
  return text.trim() === '' || !Number.isFinite(n) ? null : n;
}

/** Salary as a range with currency and period: "80,000–95,000 GBP per year", never a free-text "competitive". */
export function SalaryInput({ value, onChange, describedBy, inputId }: { value: SalaryRange; onChange(next: SalaryRange): void; describedBy?: string; inputId?: string }) {
  const id = useId();
  return (
    <fieldset className="salary" aria-describedby={describedBy}>
      <legend>{fieldLabelText('salary')}</legend>
      <div className="salary-row">
        <div className="field">
          <label htmlFor={inputId ?? `${id}-min`}>{t('briefSalaryFrom')}</label>
          <input id={inputId ?? `${id}-min`} type="number" min={0} step={1000} inputMode="numeric" value={value.min ?? ''} data-testid="salary-min"
            onChange={(e) => onChange({ ...value, min: toNumber(e.target.value) })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-max`}>{t('briefSalaryTo')}</label>
          <input id={`${id}-max`} type="number" min={0} step={1000} inputMode="numeric" value={value.max ?? ''} data-testid="salary-max"
            onChange={(e) => onChange({ ...value, max: toNumber(e.target.value) })} />
        </div>
        <div className="field narrow">
          <label htmlFor={`${id}-cur`}>{t('briefSalaryCurrency')}</label>
          <input id={`${id}-cur`} type="text" maxLength={3} placeholder={t('briefSalaryCurrencyExample')} value={value.currency} data-testid="salary-currency"
            onChange={(e) => onChange({ ...value, currency: e.target.value.toUpperCase() })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-per`}>{t('briefSalaryPeriod')}</label>
          <select id={`${id}-per`} value={value.period} onChange={(e) => onChange({ ...value, period: e.target.value as SalaryPeriod })}>
            {SALARY_PERIODS.map((p) => <option key={p.value} value={p.value}>{t(p.label)}</option>)}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
