/**
 * The debrief's validation issues in the UI language: the domain
 * (domain/debrief-validation.ts, domain/requirement-changes.ts) gives each a
 * code and the values it names; its English message stays for copied text.
 */
import type { Milestones } from '@/domain/debrief';
import type { ValidationCode, ValidationIssue } from '@/domain/validation';
import { formatNumber, t, type MessageKey } from '../i18n';

type Plain = Exclude<ValidationCode, 'milestoneInvalid' | 'milestoneBeforeInterview' | 'milestoneFuture' | 'ratingBeforeInvalid' | 'ratingRevealedInvalid'>;

const PLAIN: Readonly<Record<Plain, MessageKey>> = {
  draftDamaged: 'validationDraftDamaged',
  noCandidate: 'validationNoCandidate',
  clientCompanyMissing: 'validationClientCompanyMissing',
  clientCompanyTooLong: 'validationClientCompanyTooLong',
  roleTitleMissing: 'validationRoleTitleMissing',
  roleTitleTooLong: 'validationRoleTitleTooLong',
  interviewAtMissing: 'validationInterviewAtMissing',
  interviewAtInvalid: 'validationInterviewAtInvalid',
  interviewAtFuture: 'validationInterviewAtFuture',
  interviewAtOld: 'validationInterviewAtOld',
  stageInvalid: 'validationStageInvalid',
  outcomeInvalid: 'validationOutcomeInvalid',
  interviewerNoName: 'validationInterviewerNoName',
  interviewerTooLong: 'validationInterviewerTooLong',
  evidenceInvalid: 'validationEvidenceInvalid',
  causeInvalid: 'validationCauseInvalid',
  ratingNoCompetency: 'validationRatingNoCompetency',
  candidateStatusInvalid: 'validationCandidateStatusInvalid',
  notesLong: 'validationNotesLong',
  statusInvalid: 'validationStatusInvalid',
  feedbackEmpty: 'validationFeedbackEmpty',
  feedbackDuplicateId: 'validationFeedbackDuplicateId',
  feedbackNoQuote: 'validationFeedbackNoQuote',
  feedbackQuoteTooLong: 'validationFeedbackQuoteTooLong',
  feedbackNoSaidBy: 'validationFeedbackNoSaidBy',
  feedbackNoTopic: 'validationFeedbackNoTopic',
  feedbackNoSentiment: 'validationFeedbackNoSentiment',
  changeEmpty: 'validationChangeEmpty',
  changeNoKind: 'validationChangeNoKind',
  changeNoDetail: 'validationChangeNoDetail',
  changeTooLong: 'validationChangeTooLong',
  changeRepeats: 'validationChangeRepeats',
  changeContradicts: 'validationChangeContradicts',
};

/** One sentence per milestone and problem: the date's name leads, so translators get whole sentences. */
const MILESTONES: Readonly<Record<keyof Milestones, Record<'milestoneInvalid' | 'milestoneBeforeInterview' | 'milestoneFuture', MessageKey>>> = {
  clientDebriefAt: { milestoneInvalid: 'validationClientDebriefAtInvalid', milestoneBeforeInterview: 'validationClientDebriefAtBeforeInterview', milestoneFuture: 'validationClientDebriefAtFuture' },
  candidateFeedbackAt: { milestoneInvalid: 'validationCandidateFeedbackAtInvalid', milestoneBeforeInterview: 'validationCandidateFeedbackAtBeforeInterview', milestoneFuture: 'validationCandidateFeedbackAtFuture' },
  newPlanSentAt: { milestoneInvalid: 'validationNewPlanSentAtInvalid', milestoneBeforeInterview: 'validationNewPlanSentAtBeforeInterview', milestoneFuture: 'validationNewPlanSentAtFuture' },
};

const value = (v: string | number | undefined): string => (typeof v === 'number' ? formatNumber(v, 0) : (v ?? ''));

export function validationText(issue: ValidationIssue): string {
  const params = issue.params ?? [];
  switch (issue.code) {
    case 'milestoneInvalid':
    case 'milestoneBeforeInterview':
    case 'milestoneFuture': {
      const keys = MILESTONES[params[0] as keyof Milestones];
      return keys ? t(keys[issue.code]) : issue.message;
    }
    case 'ratingBeforeInvalid':
    case 'ratingRevealedInvalid': {
      const name = String(params[0] ?? '') || t('validationCompetencyNumber', value(params[1]));
      return t(issue.code === 'ratingBeforeInvalid' ? 'validationRatingBeforeInvalid' : 'validationRatingRevealedInvalid', name);
    }
    default: {
      const key = PLAIN[issue.code];
      return key ? t(key, ...params.map(value)) : issue.message;
    }
  }
}
