import { diagnosisCoverage } from './diagnosis/engine';
import type { Debrief } from './debrief';

/**
 * The recalibration checklist, in the order the product brief prescribes:
 * listen first (capture), then find out what went wrong, then act on both
 * sides, then report. The popup and the side panel both render this list.
 */
export const WORKFLOW_STEPS = [
  { id: 'capture', label: 'Capture the feedback', hint: "Write down the client's words before anything else." },
  { id: 'diagnose', label: 'Diagnose', hint: 'Answer the evidence questions.' },
  { id: 'confirm', label: 'Confirm the causes', hint: 'Decide which causes are true; more than one may be.' },
  { id: 'client-track', label: 'Recalibrate with the client', hint: 'Ask the questions and propose requirement changes.' },
  { id: 'candidate-track', label: 'Coach the candidate', hint: 'Re-assess, give feedback, re-check motivation.' },
  { id: 'summary', label: 'Summarise and close', hint: 'Copy the summary to the ATS and close the debrief.' },
] as const;

export type WorkflowStepId = (typeof WORKFLOW_STEPS)[number]['id'];

/**
 * Why a step is not done yet, as a code and the figures it names: views word
 * it in the UI language (components/debrief/labels.ts); `missing` is the same
 * in English.
 */
export type StepGap =
  | { code: 'no-quote' }
  | { code: 'more-evidence'; answered: number; total: number }
  | { code: 'no-cause' }
  | { code: 'no-client-answer' }
  | { code: 'reassess-and-feedback' }
  | { code: 'feedback' }
  | { code: 'reassess' }
  | { code: 'not-closed' };

export interface WorkflowStepState {
  id: WorkflowStepId;
  label: string;
  hint: string;
  done: boolean;
  /** Why the step is not done (null when done). */
  gap: StepGap | null;
  /** What is still missing, in English, for a not-done step (empty when done). */
  missing: string;
}

export interface WorkflowProgress {
  steps: WorkflowStepState[];
  doneCount: number;
  total: number;
  /** 0..100, whole number. */
  percent: number;
  /** The first step not done yet, or null when everything is done. */
  next: WorkflowStepId | null;
}

/** When each step counts as done, and what is missing while it is not. */
const CHECKS: Record<WorkflowStepId, (d: Debrief) => StepGap | null> = {
  capture: (d) => (d.feedback.some((f) => f.quote.trim()) ? null : { code: 'no-quote' }),
  diagnose: (d) => {
    const { enough, answered, unsure, total } = diagnosisCoverage(d.evidence);
    return enough ? null : { code: 'more-evidence', answered: answered + unsure, total };
  },
  confirm: (d) => (d.confirmedCauses.length > 0 ? null : { code: 'no-cause' }),
  'client-track': (d) => (Object.values(d.track1).some((a) => a.trim()) || d.proposedChanges.length > 0 ? null : { code: 'no-client-answer' }),
  'candidate-track': (d) => {
    // Both halves matter: the recruiter's own re-assessment, and feedback to the candidate.
    const reassessed = d.track2.ratings.some((r) => r.revealed !== null);
    const feedbackGiven = Boolean(d.milestones.candidateFeedbackAt) || d.track2.candidateMessage.trim() !== '';
    if (reassessed && feedbackGiven) return null;
    if (!reassessed && !feedbackGiven) return { code: 'reassess-and-feedback' };
    return { code: reassessed ? 'feedback' : 'reassess' };
  },
  summary: (d) => (d.status === 'closed' ? null : { code: 'not-closed' }),
};

/** The English wording of a gap. */
export function describeGap(gap: StepGap): string {
  switch (gap.code) {
    case 'no-quote':
      return 'Capture at least one quote from the client.';
    case 'more-evidence':
      return `Answer a few more evidence questions (${gap.answered} of ${gap.total} so far).`;
    case 'no-cause':
      return 'Confirm at least one cause.';
    case 'no-client-answer':
      return "Record the client's answers or propose a requirement change.";
    case 'reassess-and-feedback':
      return 'Re-assess at least one competency and draft the feedback to the candidate.';
    case 'feedback':
      return 'Draft the feedback to the candidate.';
    case 'reassess':
      return 'Re-assess at least one competency.';
    case 'not-closed':
      return 'Copy the summary and close the debrief.';
  }
}

export function workflowProgress(debrief: Debrief): WorkflowProgress {
  const steps = WORKFLOW_STEPS.map((step) => {
    const gap = CHECKS[step.id](debrief);
    return { id: step.id, label: step.label, hint: step.hint, done: gap === null, gap, missing: gap ? describeGap(gap) : '' };
  });
  const doneCount = steps.filter((s) => s.done).length;
  return {
    steps,
    doneCount,
    total: steps.length,
    percent: Math.round((doneCount / steps.length) * 100),
    next: steps.find((s) => !s.done)?.id ?? null,
  };
}
