import type { CauseId } from './diagnosis/causes';
import type { EvidenceAnswer } from './diagnosis/questions';

/**
 * One debrief per candidate × role × interview: everything the recruiter
 * learns after a bad interview, and what they do about it. Plain,
 * serialisable data (stored as is in IndexedDB); dates are ISO strings.
 */
export const INTERVIEW_STAGES = {
  screening: 'Screening call',
  first: 'First interview',
  second: 'Second interview',
  technical: 'Technical / case interview',
  final: 'Final interview',
  other: 'Other',
} as const;
export type InterviewStage = keyof typeof INTERVIEW_STAGES;

export const OUTCOMES = {
  rejected: 'Rejected',
  'on-hold': 'On hold',
  'another-round': 'Another round',
  undecided: 'Not decided yet',
} as const;
export type Outcome = keyof typeof OUTCOMES;

export const SENTIMENTS = { positive: 'Positive', negative: 'Negative', neutral: 'Neutral' } as const;
export type Sentiment = keyof typeof SENTIMENTS;

/** One thing the client said, captured as they said it. */
export interface FeedbackItem {
  id: string;
  /** Verbatim: the client's words, not the recruiter's reading of them. */
  quote: string;
  /** Who said it (interviewer name or role). */
  saidBy: string;
  /** The competency or topic it is about, e.g. "Communication". */
  topic: string;
  sentiment: Sentiment;
  /** When in the interview, e.g. "system design exercise". */
  momentOfInterview?: string;
}

export const REQUIREMENT_CHANGE_KINDS = {
  'add-must-have': 'Add a must-have',
  'remove-must-have': 'Remove a must-have',
  'make-nice-to-have': 'Make a nice-to-have',
  'change-seniority': 'Change the seniority',
  'change-salary': 'Change the salary or package',
  'change-location': 'Change the location or remote policy',
  'change-reporting-line': 'Change the reporting line',
  'change-title': 'Change the job title',
  other: 'Other change',
} as const;
export type RequirementChangeKind = keyof typeof REQUIREMENT_CHANGE_KINDS;

/** A change to the requirement, handed to the brief revision. */
export interface RequirementChange {
  id: string;
  kind: RequirementChangeKind;
  /** What changes, in the recruiter's words, e.g. "Kubernetes in production". */
  detail: string;
}

/** 1 (weak) … 5 (strong). */
export type Rating = 1 | 2 | 3 | 4 | 5;

/** The recruiter's rating before the interview next to what the interview revealed. */
export interface CompetencyRating {
  competency: string;
  /** Null while the row is a suggestion the recruiter has not rated yet. */
  before: Rating | null;
  /** Null until the interview feedback says something about it. */
  revealed: Rating | null;
}

export const CANDIDATE_STATUSES = {
  'in-process': 'Still in process',
  'keep-for-next': 'Keep for the next suitable role',
  withdrawn: 'Withdrawn',
} as const;
export type CandidateStatus = keyof typeof CANDIDATE_STATUSES;

export interface CandidateTrack {
  ratings: CompetencyRating[];
  /** Ids from the coaching catalogue, or free text written by the recruiter. */
  coachingPoints: string[];
  /** Motivation re-check answers, by question id. */
  motivation: Record<string, string>;
  /** The feedback message to the candidate, drafted then edited. */
  candidateMessage: string;
  candidateStatus: CandidateStatus;
}

export interface Milestones {
  clientDebriefAt?: string;
  candidateFeedbackAt?: string;
  newPlanSentAt?: string;
}

export type DebriefStatus = 'open' | 'closed';

export interface Debrief {
  id: string;
  /** e.g. "linkedin:jane-doe" (see candidateKey() in candidate.ts). */
  candidateKey: string;
  clientCompany: string;
  roleTitle: string;
  interviewAt: string;
  stage: InterviewStage;
  interviewers: string[];
  outcome: Outcome;
  feedback: FeedbackItem[];
  /** Evidence question id → answer. */
  evidence: Record<string, EvidenceAnswer>;
  /** The recruiter's call; these, not the scores, drive both tracks. */
  confirmedCauses: CauseId[];
  /** Track 1: client question id → answer captured during the call. */
  track1: Record<string, string>;
  proposedChanges: RequirementChange[];
  /** The brief of this role, once one is linked (set by storage/briefs; indexed since schema v3). */
  briefId?: string;
  track2: CandidateTrack;
  milestones: Milestones;
  /** The recruiter's own notes (checked for justification phrasing). */
  notes?: string;
  /** Justification flags the recruiter dismissed, by flag key: dismissed once, not nagged again. */
  dismissedFlags?: string[];
  createdAt: string;
  updatedAt: string;
  status: DebriefStatus;
}

export interface NewDebriefInput {
  /** Ids are made by the caller (storage) so this stays deterministic. */
  id: string;
  candidateKey: string;
  clientCompany?: string;
  roleTitle?: string;
  /** Defaults to `now`: a debrief usually starts right after the interview. */
  interviewAt?: string;
  stage?: InterviewStage;
  interviewers?: string[];
  outcome?: Outcome;
}

/** A complete debrief with every collection empty and every choice at its default. */
export function newDebrief(input: NewDebriefInput, now: Date): Debrief {
  const at = now.toISOString();
  return {
    id: input.id,
    candidateKey: input.candidateKey,
    clientCompany: input.clientCompany?.trim() ?? '',
    roleTitle: input.roleTitle?.trim() ?? '',
    interviewAt: input.interviewAt ?? at,
    stage: input.stage ?? 'first',
    interviewers: (input.interviewers ?? []).map((name) => name.trim()).filter(Boolean),
    outcome: input.outcome ?? 'undecided',
    feedback: [],
    evidence: {},
    confirmedCauses: [],
    track1: {},
    proposedChanges: [],
    track2: { ratings: [], coachingPoints: [], motivation: {}, candidateMessage: '', candidateStatus: 'in-process' },
    milestones: {},
    createdAt: at,
    updatedAt: at,
    status: 'open',
  };
}
