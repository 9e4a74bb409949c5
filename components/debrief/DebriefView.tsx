import { useCallback, useEffect, useMemo, useRef } from 'react';
import { validateDebriefDraft } from '@/domain/debrief-validation';
import { diagnose } from '@/domain/diagnosis/engine';
import { WORKFLOW_STEPS, workflowProgress, type WorkflowStepId } from '@/domain/workflow';
import { recoverWriteAheads } from '@/storage/field-write-ahead';
import type { CandidateRecord } from '@/storage/types';
import { displayName } from '@/storage/types';
import { useAppStore } from '@/stores/app-store';
import { formatNumber, t } from '../i18n';
import { stepHint, stepLabel } from './labels';
import { CallTimer } from './CallTimer';
import { DebriefHeader } from './DebriefHeader';
import { FeedbackQuickCapture } from './FeedbackQuickCapture';
import { NoticeBar } from './NoticeBar';
import { StepBody } from './StepBody';
import { StepChecklist } from './StepChecklist';
import { useDebrief, useMomentumTargets } from './use-debrief';
import { useNow } from './use-now';
import { usePanelRefresh } from './use-panel-refresh';
import { useStepKeys } from './use-step-keys';
import './debrief.css';

interface Props {
  debriefId: string;
  /** Null when the candidate record is gone: the debrief still works from its own data. */
  candidate: CandidateRecord | null;
  mode: 'popup' | 'sidepanel';
  tabId: number | null | undefined;
  onBack(): void;
}

/**
 * One debrief, worked step by step. The popup shows it compact and resumes at
 * the next unfinished step; the side panel shows it in full with a call bar
 * (timer and quick capture) for use during the client call.
 */
export function DebriefView({ debriefId, candidate, mode, tabId, onBack }: Props) {
  const debrief = useDebrief(debriefId);
  const now = useNow();
  const targets = useMomentumTargets();
  const chosenStep = useAppStore((s) => s.stepByDebrief[debriefId]);
  const setStep = useAppStore((s) => s.setStep);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);

  // Words typed in a view that closed before its save landed are replayed here.
  useEffect(() => void recoverWriteAheads(debriefId).catch(() => undefined), [debriefId]);

  const issues = useMemo(() => (debrief ? validateDebriefDraft(debrief, now) : []), [debrief, now]);
  const progress = useMemo(() => (debrief ? workflowProgress(debrief) : null), [debrief]);
  const evidence = debrief?.evidence;
  const ranked = useMemo(() => diagnose(evidence ?? {}), [evidence]);
  const active: WorkflowStepId = chosenStep ?? progress?.next ?? 'summary';

  // Pin the resumed step: finishing it must not whisk the recruiter on to the next one.
  useEffect(() => {
    if (progress && !chosenStep) setStep(debriefId, progress.next ?? 'summary');
  }, [progress, chosenStep, debriefId, setStep]);

  usePanelRefresh(tabId, debrief ? `${debrief.id}|${debrief.status}|${debrief.interviewAt}|${JSON.stringify(debrief.milestones)}` : null);

  const go = useCallback(
    (step: WorkflowStepId, focus = false) => {
      focusHeading.current = focus;
      setStep(debriefId, step);
    },
    [debriefId, setStep],
  );
  const index = WORKFLOW_STEPS.findIndex((s) => s.id === active);
  const move = useCallback(
    (delta: 1 | -1) => {
      const to = WORKFLOW_STEPS[Math.min(Math.max(index + delta, 0), WORKFLOW_STEPS.length - 1)]!;
      go(to.id, true);
    },
    [index, go],
  );
  useStepKeys(move);

  useEffect(() => {
    if (focusHeading.current) heading.current?.focus();
    focusHeading.current = false;
  }, [active]);

  if (debrief === undefined) return <p className="muted small" aria-busy="true">{t('debriefLoading')}</p>;
  const back = (
    <button type="button" className="btn link small" style={{ alignSelf: 'start' }} onClick={onBack} data-testid="back-to-candidate">
      {t('debriefBack')}
    </button>
  );
  if (debrief === null || !progress) {
    return (
      <section className="card stack" role="alert">
        <strong>{t('debriefGoneTitle')}</strong>
        <p className="small">{t('debriefGoneBody')}</p>
        {back}
      </section>
    );
  }

  const name = candidate ? displayName(candidate) || t('debriefUnnamedCandidate') : t('debriefCandidateGone');
  const candidateNames = candidate ? [displayName(candidate)].filter(Boolean) : [];
  const compact = mode === 'popup';
  const step = WORKFLOW_STEPS[index]!;
  const previous = WORKFLOW_STEPS[index - 1];
  const next = WORKFLOW_STEPS[index + 1];

  return (
    <div className="debrief" data-testid="debrief-view" data-step={active}>
      {mode === 'sidepanel' && (
        <section className="card stack callbar" style={{ gap: 6 }} aria-label={t('debriefCallBar')}>
          <CallTimer />
          <FeedbackQuickCapture debrief={debrief} autoFocus compact />
        </section>
      )}
      {back}
      <DebriefHeader debrief={debrief} candidateName={name} issues={issues} now={now} targets={targets} compact={compact} />
      <StepChecklist progress={progress} active={active} onSelect={(s) => go(s)} compact={compact} />
      <section className="card stack" aria-labelledby="step-h" data-testid={`step-panel-${active}`}>
        <h2 id="step-h" tabIndex={-1} ref={heading}>{t('debriefStepHeading', formatNumber(index + 1), stepLabel(step.id))}</h2>
        <p className="hint">{stepHint(step.id)}</p>
        <StepBody step={active} debrief={debrief} ranked={ranked} issues={issues} progress={progress} candidateName={name}
          candidateNames={candidateNames} now={now} targets={targets} mode={mode} go={go} />
        <div className="row spread" style={{ marginTop: 4 }}>
          {previous ? <button type="button" className="btn" onClick={() => go(previous.id, true)}>{t('debriefPreviousStep', stepLabel(previous.id))}</button> : <span />}
          {next && <button type="button" className="btn primary" onClick={() => go(next.id, true)} data-testid="next-step">{t('debriefNextStep', stepLabel(next.id))}</button>}
        </div>
      </section>
      <NoticeBar />
    </div>
  );
}
