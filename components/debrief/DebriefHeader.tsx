import { useState } from 'react';
import type { Debrief } from '@/domain/debrief';
import type { MomentumTargets } from '@/domain/momentum';
import type { ValidationIssue } from '@/domain/validation';
import { formatWhen } from '../format';
import { formatNumber, t } from '../i18n';
import { outcomeLabel, stageLabel } from './labels';
import { DebriefFacts } from './DebriefFacts';
import { MomentumClock } from './MomentumClock';

const FACT_PATHS = ['clientCompany', 'roleTitle', 'interviewAt', 'interviewers', 'stage', 'outcome'];

interface Props {
  debrief: Debrief;
  candidateName: string;
  issues: readonly ValidationIssue[];
  now: Date;
  targets: Partial<MomentumTargets>;
  compact: boolean;
}

/** Who and what this debrief is about, its clock, and the editable facts. */
export function DebriefHeader({ debrief, candidateName, issues, now, targets, compact }: Props) {
  const factIssues = issues.filter((i) => FACT_PATHS.some((p) => i.path === p || i.path.startsWith(`${p}.`)));
  const hasErrors = factIssues.some((i) => i.severity === 'error');
  // Open when something is missing, and always in the side panel; the popup keeps it folded to save room.
  const [open, setOpen] = useState(hasErrors || !compact);
  const roleTitle = debrief.roleTitle.trim() || t('debriefRoleNotSet');
  const client = debrief.clientCompany.trim();
  const role = client ? t('debriefRoleAtClient', roleTitle, client) : roleTitle;
  const errorCount = factIssues.filter((i) => i.severity === 'error').length;
  return (
    <header className="card stack debrief-head" aria-label={t('debriefHeaderLabel')}>
      <div className="row spread">
        <h1 className="clip" dir="auto" data-testid="candidate-name">{candidateName}</h1>
        <span className={`pill${debrief.status === 'closed' ? ' closed' : ''}`} data-testid="debrief-status">
          {debrief.status === 'closed' ? t('debriefStatusClosed') : t('debriefStatusOpen')}
        </span>
      </div>
      <p className="clip" dir="auto" data-testid="debrief-role">{role}</p>
      <p className="meta">
        {stageLabel(debrief.stage)} · {formatWhen(debrief.interviewAt, now) || t('debriefDateNotSet')}
        {debrief.interviewers.length > 0 && <> · <span dir="auto">{debrief.interviewers.join(', ')}</span></>}
        {' · '}{outcomeLabel(debrief.outcome)}
      </p>
      {debrief.status === 'open' && <MomentumClock debrief={debrief} now={now} targets={targets} />}
      <details className="facts" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          {hasErrors ? t('debriefDetailsToFill', formatNumber(errorCount)) : t('debriefDetailsSummary')}
        </summary>
        <DebriefFacts debrief={debrief} issues={factIssues} />
      </details>
    </header>
  );
}
