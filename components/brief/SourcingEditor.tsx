import { useId } from 'react';
import { buildBooleanSearch, LINKEDIN_MAX_QUERY, type BriefContent, type SourcingStrategy } from '@/domain/brief';
import { updateDraftPlan, type StoredPlan } from '@/storage/plans';
import { copyPlain } from './clipboard';
import { ListEditor } from './ListEditor';
import { LocalText } from './LocalText';
import { useCopyMessage } from './use-copy';
import { formatNumber, t } from '../i18n';

/**
 * A new sourcing strategy: who to look for, where, and a LinkedIn boolean
 * search generated from the revised must-haves, ready to paste.
 */
export function SourcingEditor({ plan, content, readOnly }: { plan: StoredPlan; content: BriefContent; readOnly: boolean }) {
  const id = useId();
  const copy = useCopyMessage();
  const set = (patch: Partial<SourcingStrategy>) => void updateDraftPlan(plan.id, (p) => ({ sourcing: { ...p.sourcing, ...patch } }));
  const rebuild = () =>
    set({ booleanString: buildBooleanSearch(content, { extraTitles: plan.sourcing.targetTitles }).query });
  const length = plan.sourcing.booleanString.length;
  return (
    <fieldset className="plan-part" data-testid="sourcing">
      <legend>{t('planSourcingLegend')}</legend>
      <div className="sourcing-grid">
        <ListEditor label={t('planTargetTitles')} items={plan.sourcing.targetTitles} readOnly={readOnly} onChange={(targetTitles) => set({ targetTitles })} testId="target-titles" />
        <ListEditor label={t('planTargetCompanies')} items={plan.sourcing.targetCompanies} readOnly={readOnly} onChange={(targetCompanies) => set({ targetCompanies })}
          placeholder={t('planTargetCompaniesPlaceholder')} testId="target-companies" />
        <ListEditor label={t('planChannels')} items={plan.sourcing.channels} readOnly={readOnly} onChange={(channels) => set({ channels })} testId="channels" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-bool`}>{t('planBooleanLabel')}</label>
        <LocalText id={`${id}-bool`} value={plan.sourcing.booleanString} multiline rows={3} readOnly={readOnly} testId="boolean-string"
          describedBy={`${id}-len`} onCommit={(booleanString) => set({ booleanString })} />
        <span id={`${id}-len`} className={length > LINKEDIN_MAX_QUERY ? 'error' : 'hint'}>
          {t('planBooleanLength', formatNumber(length, 0), formatNumber(LINKEDIN_MAX_QUERY, 0))}
        </span>
      </div>
      <div className="row wrap">
        <button type="button" className="btn" onClick={() => void copy.run({ done: 'planCopiedSearch', failed: 'planCopySearchFailed' }, () => copyPlain(plan.sourcing.booleanString))} data-testid="copy-boolean"
          disabled={!plan.sourcing.booleanString}>
          {t('planCopySearch')}
        </button>
        {!readOnly && <button type="button" className="btn" onClick={rebuild} data-testid="rebuild-boolean">{t('planRebuildSearch')}</button>}
        <span aria-live="polite" className={copy.message?.tone === 'error' ? 'error' : 'ok-text small'}>{copy.message?.text}</span>
      </div>
    </fieldset>
  );
}
