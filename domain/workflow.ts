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

export interface WorkflowStepState {
  id: WorkflowStepId;
  label: string;
  hint: string;
  done: boolean;
  /** What is still missing, for a not-done step (empty when done). */
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

/** When each step counts as done, and what to say while it is not. */
const CHECKS: Record<WorkflowStepId, (d: Debrief) => string> = {
  capture: (d) => (d.feedback.some((f) => f.quote.trim()) ? '' : 'Capture at least one quote from the client.'),
  diagnose: (d) => {
    const { enough, answered, unsure, total } = diagnosisCoverage(d.evidence);
    return enough ? '' : `Answer a few more evidence questions (${answered + unsure} of ${total} so far).`;
  },
  confirm: (d) => (d.confirmedCauses.length > 0 ? '' : 'Confirm at least one cause.'),
  'client-track': (d) =>
    Object.values(d.track1).some((a) => a.trim()) || d.proposedChanges.length > 0
      ? ''
      : "Record the client's answers or propose a requirement change.",
  'candidate-track': (d) => {
    // Both halves matter: the recruiter's own re-assessment, and feedback to the candidate.
    const reassessed = d.track2.ratings.some((r) => r.revealed !== null);
    const feedbackGiven = Boolean(d.milestones.candidateFeedbackAt) || d.track2.candidateMessage.trim() !== '';
    if (reassessed && feedbackGiven) return '';
    if (!reassessed && !feedbackGiven) return 'Re-assess at least one competency and draft the feedback to the candidate.';
    return reassessed ? 'Draft the feedback to the candidate.' : 'Re-assess at least one competency.';
  },
  summary: (d) => (d.status === 'closed' ? '' : 'Copy the summary and close the debrief.'),
};

export function workflowProgress(debrief: Debrief): WorkflowProgress {
  const steps = WORKFLOW_STEPS.map((step) => {
    const missing = CHECKS[step.id](debrief);
    return { id: step.id, label: step.label, hint: step.hint, done: missing === '', missing };
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
