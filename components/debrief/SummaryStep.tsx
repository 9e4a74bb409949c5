import { useMemo, useState } from 'react';
import type { Debrief } from '@/domain/debrief';
import { debriefSummary, type SummaryFormat } from '@/domain/debrief-summary';
import type { MomentumTargets } from '@/domain/momentum';
import type { ValidationIssue } from '@/domain/validation';
import type { WorkflowProgress } from '@/domain/workflow';
import { setDebriefStatus } from '@/storage/debrief-edits';
import { copyText } from './copy-text';
import { t } from '../i18n';
import { stepLabel, stepMissing } from './labels';
import { FieldIssues } from './FieldIssues';
import { MilestoneButtons } from './MilestoneButtons';
import { SegmentedChoice } from './SegmentedChoice';

const formats = (): { value: SummaryFormat; label: string }[] => [
  { value: 'text', label: t('debriefFormatText') },
  { value: 'markdown', label: t('debriefFormatMarkdown') },
];

interface Props {
  debrief: Debrief;
  candidateName: string;
  progress: WorkflowProgress;
  issues: readonly ValidationIssue[];
  now: Date;
  targets: Partial<MomentumTargets>;
}

/** Step 6: the note for the ATS, copied as text or Markdown, and closing (or reopening) the debrief. */
export function SummaryStep({ debrief, candidateName, progress, issues, now, targets }: Props) {
  const [format, setFormat] = useState<SummaryFormat>('text');
  const timeZone = useMemo(() => Intl.DateTimeFormat().resolvedOptions().timeZone, []);
  const summary = useMemo(
    () => debriefSummary(debrief, candidateName, format, { now, targets, timeZone }),
    [debrief, candidateName, format, now, targets, timeZone],
  );
  const openSteps = progress.steps.filter((s) => !s.done && s.id !== 'summary');
  const errors = issues.filter((i) => i.severity === 'error');

  return (
    <div className="stack">
      {(openSteps.length > 0 || errors.length > 0) && (
        <div className="stack" style={{ gap: 4 }} data-testid="still-missing">
          <h3>{t('debriefStillMissing')}</h3>
          <FieldIssues issues={[...openSteps.map((s) => ({ path: s.id, text: t('debriefStepMissingLine', stepLabel(s.id), stepMissing(s)), severity: 'warning' as const })), ...errors]} />
        </div>
      )}
      <SegmentedChoice<SummaryFormat> legend={t('debriefFormatLegend')} options={formats()} value={format} onChange={setFormat} />
      <pre className="summary-text" dir="auto" data-testid="summary-text" tabIndex={0} aria-label={t('debriefSummaryLabel')}>{summary}</pre>
      <div className="row">
        <button type="button" className="btn primary" data-testid="copy-summary-text"
          onClick={() => void copyText(debriefSummary(debrief, candidateName, 'text', { now, targets, timeZone }), 'summaryText')}>
          {t('debriefCopyText')}
        </button>
        <button type="button" className="btn" data-testid="copy-summary-markdown"
          onClick={() => void copyText(debriefSummary(debrief, candidateName, 'markdown', { now, targets, timeZone }), 'summaryMarkdown')}>
          {t('debriefCopyMarkdown')}
        </button>
      </div>
      <MilestoneButtons debrief={debrief} />
      <div className="row spread">
        {debrief.status === 'open' ? (
          <button type="button" className="btn nowrap" onClick={() => void setDebriefStatus(debrief.id, 'closed')} data-testid="close-debrief">{t('debriefClose')}</button>
        ) : (
          <button type="button" className="btn" onClick={() => void setDebriefStatus(debrief.id, 'open')} data-testid="reopen-debrief">{t('debriefReopen')}</button>
        )}
        <span className="hint">{debrief.status === 'open' ? t('debriefClosingStopsReminders') : t('debriefClosedNoReminders')}</span>
      </div>
    </div>
  );
}
