/**
 * A problem with user input, phrased for the user. Validators in domain/
 * return these instead of throwing: a half-typed debrief is normal, and the
 * autosave must never lose it because one field is not valid yet.
 */
/** What is wrong, for the views to word in the UI language (components/debrief/validation-text.ts). */
export type ValidationCode =
  | 'draftDamaged' | 'noCandidate' | 'clientCompanyMissing' | 'clientCompanyTooLong' | 'roleTitleMissing' | 'roleTitleTooLong'
  | 'interviewAtMissing' | 'interviewAtInvalid' | 'interviewAtFuture' | 'interviewAtOld' | 'stageInvalid' | 'outcomeInvalid'
  | 'interviewerNoName' | 'interviewerTooLong' | 'evidenceInvalid' | 'causeInvalid'
  | 'ratingNoCompetency' | 'ratingBeforeInvalid' | 'ratingRevealedInvalid' | 'candidateStatusInvalid'
  | 'milestoneInvalid' | 'milestoneBeforeInterview' | 'milestoneFuture' | 'notesLong' | 'statusInvalid'
  | 'feedbackEmpty' | 'feedbackDuplicateId' | 'feedbackNoQuote' | 'feedbackQuoteTooLong' | 'feedbackNoSaidBy' | 'feedbackNoTopic'
  | 'feedbackNoSentiment' | 'changeEmpty' | 'changeNoKind' | 'changeNoDetail' | 'changeTooLong' | 'changeRepeats' | 'changeContradicts';

export interface ValidationIssue {
  /** Dotted path to the field, e.g. "feedback.2.quote", so the UI can place the message. */
  path: string;
  code: ValidationCode;
  /** The values the message names, in its order: numbers are counts, limits or 1-based positions. */
  params?: readonly (string | number)[];
  /** The English, for copied text and logs; the views word `code` instead. */
  message: string;
  /** Errors block "done"; warnings are worth a look but never block. */
  severity: 'error' | 'warning';
}

export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/** Length in characters as a person counts them (an emoji is one). */
export function charLength(text: string): number {
  return Array.from(text).length;
}

/** 5000 → "5,000", without depending on the runtime's locale. */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
