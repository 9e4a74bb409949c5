/**
 * The words the debrief shows for the domain's ids: the domain keeps its
 * English (the copied summary uses it) and its ids; the views say it through
 * the browser's i18n, keyed by those ids.
 */
import type { CandidateStatus, Debrief, InterviewStage, Outcome, RequirementChange, RequirementChangeKind, Sentiment } from '@/domain/debrief';
import type { CauseId } from '@/domain/diagnosis/causes';
import { diagnosisCoverage } from '@/domain/diagnosis/engine';
import type { EvidenceTheme } from '@/domain/diagnosis/questions';
import type { MilestoneClock } from '@/domain/momentum';
import { describeChange } from '@/domain/requirement-changes';
import type { ClientQuestionKind } from '@/domain/recalibration';
import type { WorkflowStepId, WorkflowStepState } from '@/domain/workflow';
import { formatNumber, t, type MessageKey } from '../i18n';
import { causeLabel } from '../insights/format';

export { causeLabel };

const CAUSE_DESCRIPTIONS: Readonly<Record<CauseId, MessageKey>> = {
  assessment: 'debriefCauseAssessmentDescription',
  brief: 'debriefCauseBriefDescription',
  client: 'debriefCauseClientDescription',
  candidate: 'debriefCauseCandidateDescription',
};

export const causeDescription = (cause: CauseId): string => t(CAUSE_DESCRIPTIONS[cause]);

const STEP_LABELS: Readonly<Record<WorkflowStepId, MessageKey>> = {
  capture: 'debriefStepCapture',
  diagnose: 'debriefStepDiagnose',
  confirm: 'debriefStepConfirm',
  'client-track': 'debriefStepClientTrack',
  'candidate-track': 'debriefStepCandidateTrack',
  summary: 'debriefStepSummary',
};

const STEP_HINTS: Readonly<Record<WorkflowStepId, MessageKey>> = {
  capture: 'debriefStepCaptureHint',
  diagnose: 'debriefStepDiagnoseHint',
  confirm: 'debriefStepConfirmHint',
  'client-track': 'debriefStepClientTrackHint',
  'candidate-track': 'debriefStepCandidateTrackHint',
  summary: 'debriefStepSummaryHint',
};

export const stepLabel = (step: WorkflowStepId): string => t(STEP_LABELS[step]);
export const stepHint = (step: WorkflowStepId): string => t(STEP_HINTS[step]);

/** What a step still needs, in the reader's language (the domain decides whether it is done). */
export function stepMissing(step: Pick<WorkflowStepState, 'gap'>): string {
  const gap = step.gap;
  if (!gap) return '';
  switch (gap.code) {
    case 'no-quote':
      return t('debriefMissingCapture');
    case 'more-evidence':
      return t('debriefMissingDiagnose', formatNumber(gap.answered), formatNumber(gap.total));
    case 'no-cause':
      return t('debriefMissingConfirm');
    case 'no-client-answer':
      return t('debriefMissingClientTrack');
    case 'reassess-and-feedback':
      return t('debriefMissingReassessAndFeedback');
    case 'feedback':
      return t('debriefMissingFeedback');
    case 'reassess':
      return t('debriefMissingReassess');
    case 'not-closed':
      return t('debriefMissingSummary');
  }
}

const STAGES: Readonly<Record<InterviewStage, MessageKey>> = {
  screening: 'debriefStageScreening',
  first: 'debriefStageFirst',
  second: 'debriefStageSecond',
  technical: 'debriefStageTechnical',
  final: 'debriefStageFinal',
  other: 'debriefStageOther',
};

export const STAGE_IDS = Object.keys(STAGES) as InterviewStage[];
export const stageLabel = (stage: InterviewStage): string => t(STAGES[stage] ?? 'debriefStageUnknown');

const OUTCOME_KEYS: Readonly<Record<Outcome, MessageKey>> = {
  rejected: 'debriefOutcomeRejected',
  'on-hold': 'debriefOutcomeOnHold',
  'another-round': 'debriefOutcomeAnotherRound',
  undecided: 'debriefOutcomeUndecided',
};

export const OUTCOME_IDS = Object.keys(OUTCOME_KEYS) as Outcome[];
export const outcomeLabel = (outcome: Outcome): string => (OUTCOME_KEYS[outcome] ? t(OUTCOME_KEYS[outcome]) : '');

const SENTIMENT_KEYS: Readonly<Record<Sentiment, MessageKey>> = {
  positive: 'debriefSentimentPositive',
  negative: 'debriefSentimentNegative',
  neutral: 'debriefSentimentNeutral',
};

export const sentimentLabel = (sentiment: Sentiment): string => (SENTIMENT_KEYS[sentiment] ? t(SENTIMENT_KEYS[sentiment]) : '');
/** The tone choices, in the domain's order. */
export const toneOptions = (): { value: Sentiment; label: string }[] =>
  (Object.keys(SENTIMENT_KEYS) as Sentiment[]).map((value) => ({ value, label: sentimentLabel(value) }));

const STATUS_KEYS: Readonly<Record<CandidateStatus, MessageKey>> = {
  'in-process': 'debriefStatusInProcess',
  'keep-for-next': 'debriefStatusKeepForNext',
  withdrawn: 'debriefStatusWithdrawn',
};

export const CANDIDATE_STATUS_IDS = Object.keys(STATUS_KEYS) as CandidateStatus[];
export const candidateStatusLabel = (status: CandidateStatus): string => t(STATUS_KEYS[status]);

const CHANGE_KINDS: Readonly<Record<RequirementChangeKind, MessageKey>> = {
  'add-must-have': 'debriefChangeKindAddMustHave',
  'remove-must-have': 'debriefChangeKindRemoveMustHave',
  'make-nice-to-have': 'debriefChangeKindMakeNiceToHave',
  'change-seniority': 'debriefChangeKindSeniority',
  'change-salary': 'debriefChangeKindSalary',
  'change-location': 'debriefChangeKindLocation',
  'change-reporting-line': 'debriefChangeKindReportingLine',
  'change-title': 'debriefChangeKindTitle',
  other: 'debriefChangeKindOther',
};

export const changeKindLabel = (kind: RequirementChangeKind): string => t(CHANGE_KINDS[kind] ?? 'debriefChangeKindOther');

/** One sentence per kind; "other" is the recruiter's own sentence. */
const CHANGE_SENTENCES: Readonly<Partial<Record<RequirementChangeKind, MessageKey>>> = {
  'add-must-have': 'debriefChangeAddMustHave',
  'remove-must-have': 'debriefChangeRemoveMustHave',
  'make-nice-to-have': 'debriefChangeMakeNiceToHave',
  'change-seniority': 'debriefChangeSeniority',
  'change-salary': 'debriefChangeSalary',
  'change-location': 'debriefChangeLocation',
  'change-reporting-line': 'debriefChangeReportingLine',
  'change-title': 'debriefChangeTitle',
};

/** A proposed change as one readable sentence (the on-screen twin of the domain's describeChange). */
export function changeSentence(change: Pick<RequirementChange, 'kind' | 'detail'>): string {
  const detail = change.detail.replace(/\s+/g, ' ').trim();
  if (!detail) return t('debriefChangeNotDescribed', changeKindLabel(change.kind));
  const key = CHANGE_SENTENCES[change.kind];
  // "Other" is the recruiter's own sentence, nothing to translate: the domain's wording of it.
  return key ? t(key, detail.replace(/[.!?…]+$/u, '')) : describeChange(change);
}

const THEMES: Readonly<Record<EvidenceTheme, MessageKey>> = {
  'on-the-day': 'debriefThemeOnTheDay',
  'your-assessment': 'debriefThemeYourAssessment',
  'the-brief': 'debriefThemeTheBrief',
  'the-client': 'debriefThemeTheClient',
  motivation: 'debriefThemeMotivation',
};

export const themeLabel = (theme: EvidenceTheme): string => t(THEMES[theme]);

const QUESTION_KINDS: Readonly<Record<ClientQuestionKind, MessageKey>> = {
  clarify: 'debriefKindClarify',
  market: 'debriefKindMarket',
  advise: 'debriefKindAdvise',
};

export const questionKindLabel = (kind: ClientQuestionKind): string => t(QUESTION_KINDS[kind]);

/** "45 min", "3 h 20 min", "2 d 4 h"; the sign is ignored (say "overdue by" around it). */
export function durationText(ms: number): string {
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  if (!Number.isFinite(totalMinutes)) return '–';
  if (totalMinutes < 1) return t('debriefDurationUnderMinute');
  const days = Math.floor(totalMinutes / (24 * 60));
  const hours = Math.floor((totalMinutes % (24 * 60)) / 60);
  const minutes = totalMinutes % 60;
  const [d, h, m] = [days, hours, minutes].map((n) => formatNumber(n, 0));
  if (days > 0) return hours > 0 ? t('debriefDurationDaysHours', d!, h!) : t('debriefDurationDays', d!);
  if (hours > 0) return minutes > 0 ? t('debriefDurationHoursMinutes', h!, m!) : t('debriefDurationHours', h!);
  return t('debriefDurationMinutes', m!);
}

/** A milestone's status: "due in 3 h", "overdue by 2 d 1 h", "done in 5 h". */
export function clockText(clock: MilestoneClock): string {
  if (clock.state === 'done') {
    if (!clock.dueAt) return t('debriefClockDone');
    return clock.lateByMs > 0
      ? t('debriefClockDoneInLate', durationText(clock.elapsedMs), durationText(clock.lateByMs))
      : t('debriefClockDoneIn', durationText(clock.elapsedMs));
  }
  if (clock.state === 'overdue') return t('debriefClockOverdue', durationText(clock.overdueByMs));
  return clock.dueAt ? t('debriefClockDueIn', durationText(clock.remainingMs)) : t('debriefClockNoDate');
}
