import type { Debrief } from '@/domain/debrief';
import type { CauseScore } from '@/domain/diagnosis/engine';
import type { MomentumTargets } from '@/domain/momentum';
import type { ValidationIssue } from '@/domain/validation';
import type { WorkflowProgress, WorkflowStepId } from '@/domain/workflow';
import { CandidateTrackStep } from './CandidateTrackStep';
import { CaptureStep } from './CaptureStep';
import { ClientTrackStep } from './ClientTrackStep';
import { ConfirmStep } from './ConfirmStep';
import { DiagnoseStep } from './DiagnoseStep';
import { SummaryStep } from './SummaryStep';

interface Props {
  step: WorkflowStepId;
  debrief: Debrief;
  ranked: readonly CauseScore[];
  issues: readonly ValidationIssue[];
  progress: WorkflowProgress;
  candidateName: string;
  candidateNames: readonly string[];
  now: Date;
  targets: Partial<MomentumTargets>;
  mode: 'popup' | 'sidepanel';
  go(step: WorkflowStepId, focus?: boolean): void;
}

/** The body of the open step. */
export function StepBody(p: Props) {
  switch (p.step) {
    case 'capture':
      return <CaptureStep debrief={p.debrief} issues={p.issues} candidateNames={p.candidateNames} withQuickCapture={p.mode === 'popup'} />;
    case 'diagnose':
      return <DiagnoseStep debrief={p.debrief} ranked={p.ranked} />;
    case 'confirm':
      return <ConfirmStep debrief={p.debrief} ranked={p.ranked} />;
    case 'client-track':
      return <ClientTrackStep debrief={p.debrief} ranked={p.ranked} issues={p.issues} onGoToConfirm={() => p.go('confirm', true)} />;
    case 'candidate-track':
      return <CandidateTrackStep debrief={p.debrief} candidateNames={p.candidateNames} />;
    case 'summary':
      return <SummaryStep debrief={p.debrief} candidateName={p.candidateName} progress={p.progress} issues={p.issues} now={p.now} targets={p.targets} />;
  }
}
