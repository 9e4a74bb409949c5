import type { CauseId } from './causes';

export type EvidenceAnswer = 'yes' | 'no' | 'unsure';

export const EVIDENCE_ANSWERS: readonly EvidenceAnswer[] = ['yes', 'no', 'unsure'];

/**
 * Weight points per cause. One point adds POINT_LOG_ODDS to the cause's
 * log-odds (see engine.ts): +2 makes a cause about 2.7× more likely relative
 * to an untouched cause, -1 about 0.6×. Small integers keep the table readable
 * and easy to argue about.
 */
export type Weights = Partial<Record<CauseId, number>>;

export const EVIDENCE_THEMES = {
  'on-the-day': 'The candidate on the day',
  'your-assessment': 'Your assessment before the interview',
  'the-brief': 'The brief you took',
  'the-client': 'The client since the brief',
  motivation: "The candidate's motivation",
} as const;

export type EvidenceTheme = keyof typeof EVIDENCE_THEMES;

export interface EvidenceQuestion {
  id: string;
  theme: EvidenceTheme;
  /** Asked of the recruiter; phrased so "yes" and "no" are both meaningful. */
  text: string;
  /** Weights applied when the answer is "yes". */
  yes: Weights;
  /** Weights applied when the answer is "no"; absent means "no" is neutral. */
  no?: Weights;
}

/**
 * THE weights table. "unsure" always weighs nothing: not knowing is not evidence.
 * Read a row as: answering yes shifts weight toward these causes (and, when
 * present, answering no shifts it toward those).
 */
export const EVIDENCE_QUESTIONS: readonly EvidenceQuestion[] = [
  // The candidate on the day
  { id: 'late-or-rescheduled', theme: 'on-the-day',
    text: 'Was the candidate late, or did they reschedule at short notice?', yes: { candidate: 2 } },
  { id: 'unprepared', theme: 'on-the-day',
    text: 'Did the client say the candidate knew little about the company or the role?', yes: { candidate: 2 } },
  { id: 'off-form', theme: 'on-the-day',
    text: 'Does the candidate say they were unwell, stressed or distracted on the day?', yes: { candidate: 2 } },
  { id: 'vague-answers', theme: 'on-the-day',
    text: "Did the client say the candidate's answers were vague, rambling or short of examples?",
    yes: { candidate: 1, assessment: 1 } },
  { id: 'candidate-agrees', theme: 'on-the-day',
    text: 'Does the candidate agree the interview went badly?',
    yes: { candidate: 1 }, no: { assessment: 1, brief: 1 } },
  { id: 'specific-examples', theme: 'on-the-day',
    text: 'Could the client give specific examples behind their negative feedback?',
    yes: { candidate: 1, assessment: 1 }, no: { client: 1, brief: 1 } },
  { id: 'candidate-prepared', theme: 'on-the-day',
    text: 'Did you brief the candidate on the interviewers, the format and what the client values?',
    yes: { candidate: -1 }, no: { candidate: 1, assessment: 1 } },

  // Your assessment before the interview
  { id: 'rated-strong-found-weak', theme: 'your-assessment',
    text: 'Did the client find the candidate weak in a competency you had rated strong (4–5 out of 5)?',
    yes: { assessment: 3 } },
  { id: 'skills-tested', theme: 'your-assessment',
    text: 'Did you test the key skills yourself (work samples, technical questions, references) before submitting?',
    yes: { assessment: -2 }, no: { assessment: 2 } },
  { id: 'cv-gap', theme: 'your-assessment',
    text: 'Did the candidate struggle to talk in depth about experience their CV claims?',
    yes: { assessment: 2, candidate: 1 } },
  { id: 'submitted-as-stretch', theme: 'your-assessment',
    text: 'Did you submit the candidate knowing they were a stretch on some must-haves?', yes: { assessment: 2 } },
  { id: 'level-mismatch', theme: 'your-assessment',
    text: 'Did the client see the candidate as too junior or too senior for the role?',
    yes: { assessment: 1, brief: 1 } },
  { id: 'fit-doubts', theme: 'your-assessment',
    text: "Did the client doubt the candidate's fit with the team, manager or culture?",
    yes: { assessment: 1, brief: 1 } },
  { id: 'same-reason-rejections', theme: 'your-assessment',
    text: 'Have other candidates you sent for this role been turned down for similar reasons?',
    yes: { brief: 2, client: 1, assessment: -1 }, no: { assessment: 1 } },

  // The brief you took
  { id: 'skill-not-in-brief', theme: 'the-brief',
    text: 'Did the client probe a skill or experience that was never in the brief?',
    yes: { brief: 2, client: 2 } },
  { id: 'brief-from-hiring-manager', theme: 'the-brief',
    text: 'Did you take the brief directly from the hiring manager (not only from HR or a job ad)?',
    yes: { brief: -1 }, no: { brief: 2 } },
  { id: 'must-haves-ranked', theme: 'the-brief',
    text: 'Did the brief separate must-haves from nice-to-haves?', yes: { brief: -1 }, no: { brief: 2 } },
  { id: 'success-defined', theme: 'the-brief',
    text: 'Did the brief say what success looks like in the first 6–12 months?', yes: {}, no: { brief: 1 } },
  { id: 'interview-plan-known', theme: 'the-brief',
    text: 'Did you know who would interview and what each interviewer would assess?',
    yes: { brief: -1 }, no: { brief: 1 } },
  { id: 'package-confirmed', theme: 'the-brief',
    text: 'Were salary and package confirmed with both sides before the interview?',
    yes: {}, no: { brief: 1, assessment: 1 } },

  // The client since the brief
  { id: 'requirements-changed', theme: 'the-client',
    text: 'Has the client changed the requirements since the brief (new must-haves, seniority or scope)?',
    yes: { client: 3 }, no: { client: -1 } },
  { id: 'interviewers-disagree', theme: 'the-client',
    text: 'Did the interviewers disagree with each other about what they were looking for?',
    yes: { client: 2, brief: 1 } },
  { id: 'new-decision-maker', theme: 'the-client',
    text: 'Did someone new (a new manager, an executive, a peer) join the process or the decision?',
    yes: { client: 2 } },
  { id: 'business-changed', theme: 'the-client',
    text: "Has anything changed in the client's business (reorganisation, budget, strategy, a key departure)?",
    yes: { client: 2 } },
  { id: 'benchmark-person', theme: 'the-client',
    text: 'Is the client comparing candidates with an internal candidate or a person they have in mind?',
    yes: { client: 1, brief: 1 } },
  { id: 'role-may-change', theme: 'the-client',
    text: 'Has the client hinted the role may be paused, re-scoped or re-titled?', yes: { client: 2 } },

  // The candidate's motivation
  { id: 'motivation-checked', theme: 'motivation',
    text: "Did you check the candidate's motivation for this specific role before submitting?",
    yes: { assessment: -1 }, no: { assessment: 1, candidate: 1 } },
  { id: 'interest-cooled', theme: 'motivation',
    text: "Has the candidate's interest cooled (other offers, slower replies, new doubts)?",
    yes: { candidate: 2 }, no: { candidate: -1 } },
  { id: 'role-not-wanted', theme: 'motivation',
    text: 'After the interview, does the candidate say the role is not what they want?',
    yes: { assessment: 2, candidate: 1 } },
];

const BY_ID = new Map(EVIDENCE_QUESTIONS.map((q) => [q.id, q]));

export function evidenceQuestion(id: string): EvidenceQuestion | undefined {
  return BY_ID.get(id);
}

/** The checklist, one group per theme, in table order (what the diagnose screen renders). */
export function questionsByTheme(): { theme: EvidenceTheme; label: string; questions: EvidenceQuestion[] }[] {
  const groups = (Object.keys(EVIDENCE_THEMES) as EvidenceTheme[]).map((theme) => ({
    theme,
    label: EVIDENCE_THEMES[theme],
    questions: EVIDENCE_QUESTIONS.filter((q) => q.theme === theme),
  }));
  return groups.filter((g) => g.questions.length > 0);
}

export function isEvidenceAnswer(value: unknown): value is EvidenceAnswer {
  return value === 'yes' || value === 'no' || value === 'unsure';
}
