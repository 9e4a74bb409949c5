import { emptyBriefContent, withDefaults, type BriefContent } from '@/domain/brief/fields';

/** A brief a good recruiter would call fully qualified. Fictional client. */
export function qualifiedBrief(overrides: Partial<BriefContent> = {}): BriefContent {
  return withDefaults({
    ...emptyBriefContent(),
    title: 'Senior Backend Engineer',
    client: 'Northwind Payments',
    location: 'London',
    remotePolicy: 'hybrid',
    salary: { min: 80_000, max: 95_000, currency: 'GBP', period: 'year' },
    reportingLine: 'Head of Platform Engineering',
    team: 'Ledger team, six engineers',
    purpose: 'Own the new ledger service so that settlement runs daily instead of weekly.',
    responsibilities: ['Design and build the ledger service', 'Mentor two mid-level engineers', 'Run the on-call rota'],
    mustHaves: ['Go', 'PostgreSQL', 'Kubernetes'],
    niceToHaves: ['Kafka'],
    experienceLevel: 'senior',
    experienceYears: 5,
    qualifications: ['Degree not required'],
    personality: 'Calm under incident pressure; explains trade-offs to finance people.',
    dealBreakers: ['No production on-call experience'],
    success6Months: 'Ledger service live for one product line.',
    success12Months: 'All settlement through the new ledger.',
    interviewProcess: 'Hiring manager call, take-home, final panel with the CTO.',
    timeline: 'Start by March',
    urgency: 'high',
    whyJoin: 'Greenfield build, strong engineering culture.',
    ...overrides,
  });
}
