import { useId, useState } from 'react';
import type { Debrief, RequirementChangeKind } from '@/domain/debrief';
import { REQUIREMENT_CHANGE_KIND_OPTIONS, validateRequirementChange } from '@/domain/recalibration';
import type { ValidationIssue } from '@/domain/validation';
import { addRequirementChange, removeRequirementChange } from '@/storage/debrief-edits';
import { FieldIssues, issuesAt } from './FieldIssues';
import { useDraft } from '../hooks/use-draft';
import { formatNumber, t } from '../i18n';
import { changeKindLabel, changeSentence } from './labels';

/**
 * Proposed changes to the requirement, stored on the debrief for the brief
 * revision. A change is checked before it is added, so the list holds only
 * changes that can be described in one sentence.
 */
export function RequirementChanges({ debrief, issues }: { debrief: Debrief; issues: readonly ValidationIssue[] }) {
  const id = useId();
  const [kind, setKind] = useState<RequirementChangeKind>('add-must-have');
  // The half-typed change is a persisted draft: closing the popup mid-word keeps it.
  const { text: detail, setText: setDetail } = useDraft(`change:${debrief.id}`);
  const [problems, setProblems] = useState<ValidationIssue[]>([]);

  const add = async () => {
    const found = validateRequirementChange({ kind, detail }, debrief.proposedChanges.length);
    setProblems(found);
    if (found.some((p) => p.severity === 'error')) return;
    await addRequirementChange(debrief.id, { kind, detail });
    setDetail('');
  };

  return (
    <section className="stack" aria-labelledby={`${id}-h`} data-testid="requirement-changes">
      <h3 id={`${id}-h`}>{t('debriefChangesHeading', formatNumber(debrief.proposedChanges.length))}</h3>
      {debrief.proposedChanges.length > 0 ? (
        <ul className="list">
          {debrief.proposedChanges.map((change, i) => (
            <li key={change.id} className="stack" style={{ gap: 2 }} data-testid="requirement-change">
              <div className="row spread">
                <span dir="auto" className="clip">{changeSentence(change)}</span>
                <button type="button" className="btn link small" onClick={() => void removeRequirementChange(debrief.id, change.id)}
                  aria-label={t('debriefRemoveChange', formatNumber(i + 1))}>
                  {t('debriefRemove')}
                </button>
              </div>
              <FieldIssues issues={issuesAt(issues, `proposedChanges.${i}`)} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t('debriefChangesEmpty')}</p>
      )}
      <div className="stack" style={{ gap: 6 }}>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('debriefChangeKindLabel')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as RequirementChangeKind)} data-testid="change-kind">
            {REQUIREMENT_CHANGE_KIND_OPTIONS.map((o) => <option key={o.kind} value={o.kind}>{changeKindLabel(o.kind)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-detail`}>{t('debriefChangeDetailLabel')}</label>
          <input id={`${id}-detail`} type="text" dir="auto" value={detail} placeholder={t('debriefChangeDetailPlaceholder')} data-testid="change-detail"
            aria-describedby={problems.length ? `${id}-issues` : undefined}
            onChange={(e) => setDetail(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && void add()} />
          <FieldIssues id={`${id}-issues`} issues={problems} />
        </div>
        <button type="button" className="btn" style={{ alignSelf: 'start' }} onClick={() => void add()} data-testid="change-add">{t('debriefChangeAdd')}</button>
      </div>
    </section>
  );
}
