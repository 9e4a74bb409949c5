import { useId } from 'react';
import type { Debrief, InterviewStage, Outcome } from '@/domain/debrief';
import type { ValidationIssue } from '@/domain/validation';
import { patchDebrief } from '@/storage/debriefs';
import { t } from '../i18n';
import { OUTCOME_IDS, STAGE_IDS, outcomeLabel, stageLabel } from './labels';
import { AutosavedField } from './AutosavedField';
import { FieldIssues, issuesAt } from './FieldIssues';

/** "2025-03-03T10:00" in the recruiter's own time zone, as datetime-local wants it. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Who, what and when: the facts of the interview, editable, with what is missing said plainly. */
export function DebriefFacts({ debrief, issues }: { debrief: Debrief; issues: readonly ValidationIssue[] }) {
  const id = useId();
  const save = (patch: Partial<Debrief>) => void patchDebrief(debrief.id, patch);
  const when = issuesAt(issues, 'interviewAt');
  return (
    <div className="stack" data-testid="debrief-facts">
      <div className="grid-2">
        <AutosavedField debriefId={debrief.id} path="clientCompany" stored={debrief.clientCompany} label={t('debriefFactClient')}
          issues={issuesAt(issues, 'clientCompany')} testId="fact-client" />
        <AutosavedField debriefId={debrief.id} path="roleTitle" stored={debrief.roleTitle} label={t('debriefFactRole')}
          issues={issuesAt(issues, 'roleTitle')} testId="fact-role" />
      </div>
      <div className="grid-2">
        <div className="field">
          <label htmlFor={`${id}-when`}>{t('debriefFactWhen')}</label>
          <input id={`${id}-when`} type="datetime-local" value={toLocalInput(debrief.interviewAt)} data-testid="fact-when"
            aria-describedby={when.length ? `${id}-when-issues` : undefined} aria-invalid={when.some((i) => i.severity === 'error') || undefined}
            onChange={(e) => save({ interviewAt: e.target.value ? new Date(e.target.value).toISOString() : '' })} />
          <FieldIssues id={`${id}-when-issues`} issues={when} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-stage`}>{t('debriefFactStage')}</label>
          <select id={`${id}-stage`} value={debrief.stage} onChange={(e) => save({ stage: e.target.value as InterviewStage })}>
            {STAGE_IDS.map((value) => <option key={value} value={value}>{stageLabel(value)}</option>)}
          </select>
        </div>
      </div>
      <div className="grid-2">
        <AutosavedField debriefId={debrief.id} path="interviewers" stored={debrief.interviewers.join(', ')} label={t('debriefFactInterviewers')}
          placeholder={t('debriefFactInterviewersPlaceholder')} issues={issuesAt(issues, 'interviewers')} testId="fact-interviewers" />
        <div className="field">
          <label htmlFor={`${id}-outcome`}>{t('debriefFactOutcome')}</label>
          <select id={`${id}-outcome`} value={debrief.outcome} data-testid="fact-outcome" onChange={(e) => save({ outcome: e.target.value as Outcome })}>
            {OUTCOME_IDS.map((value) => <option key={value} value={value}>{outcomeLabel(value)}</option>)}
          </select>
        </div>
      </div>
    </div>
  );
}
