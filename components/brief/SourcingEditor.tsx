import { useId } from 'react';
import { buildBooleanSearch, LINKEDIN_MAX_QUERY, type BriefContent, type SourcingStrategy } from '@/domain/brief';
import { updateDraftPlan, type StoredPlan } from '@/storage/plans';
import { copyPlain } from './clipboard';
import { ListEditor } from './ListEditor';
import { LocalText } from './LocalText';
import { useCopyMessage } from './use-copy';

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
      <legend>New sourcing strategy</legend>
      <div className="sourcing-grid">
        <ListEditor label="Target titles" items={plan.sourcing.targetTitles} readOnly={readOnly} onChange={(targetTitles) => set({ targetTitles })} testId="target-titles" />
        <ListEditor label="Target companies" items={plan.sourcing.targetCompanies} readOnly={readOnly} onChange={(targetCompanies) => set({ targetCompanies })}
          placeholder="e.g. a competitor the client admires" testId="target-companies" />
        <ListEditor label="Channels" items={plan.sourcing.channels} readOnly={readOnly} onChange={(channels) => set({ channels })} testId="channels" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-bool`}>LinkedIn boolean search</label>
        <LocalText id={`${id}-bool`} value={plan.sourcing.booleanString} multiline rows={3} readOnly={readOnly} testId="boolean-string"
          describedBy={`${id}-len`} onCommit={(booleanString) => set({ booleanString })} />
        <span id={`${id}-len`} className={length > LINKEDIN_MAX_QUERY ? 'error' : 'hint'}>
          {length.toLocaleString('en')} of about {LINKEDIN_MAX_QUERY.toLocaleString('en')} characters LinkedIn accepts
        </span>
      </div>
      <div className="row wrap">
        <button type="button" className="btn" onClick={() => void copy.run('the boolean search', () => copyPlain(plan.sourcing.booleanString))} data-testid="copy-boolean"
          disabled={!plan.sourcing.booleanString}>
          Copy search
        </button>
        {!readOnly && <button type="button" className="btn" onClick={rebuild} data-testid="rebuild-boolean">Rebuild from the brief and titles</button>}
        <span aria-live="polite" className={copy.message?.tone === 'error' ? 'error' : 'ok-text small'}>{copy.message?.text}</span>
      </div>
    </fieldset>
  );
}
