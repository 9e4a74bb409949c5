import {
  CANDIDATE_STATUSES,
  INTERVIEW_STAGES,
  OUTCOMES,
  REQUIREMENT_CHANGE_KINDS,
  SENTIMENTS,
  type CandidateStatus,
  type InterviewStage,
  type Outcome,
  type Rating,
  type RequirementChangeKind,
  type Sentiment,
} from './debrief';

/**
 * Type guards for values read back from storage or typed by hand: data written
 * by an older version, or damaged, must be recognised rather than trusted.
 */
export function isInterviewStage(value: unknown): value is InterviewStage {
  return typeof value === 'string' && Object.hasOwn(INTERVIEW_STAGES, value);
}

export function isOutcome(value: unknown): value is Outcome {
  return typeof value === 'string' && Object.hasOwn(OUTCOMES, value);
}

export function isSentiment(value: unknown): value is Sentiment {
  return typeof value === 'string' && Object.hasOwn(SENTIMENTS, value);
}

export function isRequirementChangeKind(value: unknown): value is RequirementChangeKind {
  return typeof value === 'string' && Object.hasOwn(REQUIREMENT_CHANGE_KINDS, value);
}

export function isCandidateStatus(value: unknown): value is CandidateStatus {
  return typeof value === 'string' && Object.hasOwn(CANDIDATE_STATUSES, value);
}

export function isRating(value: unknown): value is Rating {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}
