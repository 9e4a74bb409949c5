import { newDebrief, type Debrief } from '@/domain/debrief';

/** Interview on Mon 3 Mar 2025 at 10:00 UTC; "now" is the next day, 09:00 UTC. */
export const INTERVIEW_AT = '2025-03-03T10:00:00.000Z';
export const NOW = new Date('2025-03-04T09:00:00.000Z');

/** An empty debrief, as the panel creates it. */
export function emptyDebrief(overrides: Partial<Debrief> = {}): Debrief {
  return {
    ...newDebrief(
      { id: 'd1', candidateKey: 'linkedin:jane-doe', clientCompany: 'Acme Analytics', roleTitle: 'Senior Data Engineer', interviewAt: INTERVIEW_AT },
      NOW,
    ),
    ...overrides,
  };
}

/** A debrief worked through every step, with realistic content. */
export function workedDebrief(overrides: Partial<Debrief> = {}): Debrief {
  const base = emptyDebrief();
  return {
    ...base,
    stage: 'final',
    interviewers: ['Priya Shah', 'Tom Okafor'],
    outcome: 'rejected',
    feedback: [
      { id: 'f1', quote: 'She knew our product inside out.', saidBy: 'Priya Shah', topic: 'Preparation', sentiment: 'positive' },
      { id: 'f2', quote: "She couldn't explain how she'd partition the events table.", saidBy: 'Tom Okafor', topic: 'Technical skills', sentiment: 'negative', momentOfInterview: 'System design' },
      { id: 'f3', quote: 'Her answers were vague and she never gave a concrete example.', saidBy: 'Priya Shah', topic: 'Communication', sentiment: 'negative' },
    ],
    evidence: {
      'rated-strong-found-weak': 'yes',
      'skills-tested': 'no',
      'skill-not-in-brief': 'yes',
      'late-or-rescheduled': 'no',
      'off-form': 'unsure',
    },
    confirmedCauses: ['assessment', 'brief'],
    track1: { 'keep-only-three': 'Spark, data modelling, stakeholder communication' },
    proposedChanges: [
      { id: 'c1', kind: 'add-must-have', detail: 'Partitioning large event tables (Spark)' },
      { id: 'c2', kind: 'make-nice-to-have', detail: 'Airflow' },
    ],
    track2: {
      ratings: [
        { competency: 'Communication', before: 5, revealed: 2 },
        { competency: 'Technical skills', before: 4, revealed: 3 },
        { competency: 'Preparation', before: 3, revealed: 5 },
      ],
      coachingPoints: ['star-answers'],
      motivation: {},
      candidateMessage: 'Hi Jane, …',
      candidateStatus: 'keep-for-next',
    },
    milestones: { clientDebriefAt: '2025-03-03T15:00:00.000Z' },
    ...overrides,
  };
}
