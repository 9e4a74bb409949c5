import { withDefaults, type BriefContent } from '@/domain/brief';
import { newDebrief, type Debrief } from '@/domain/debrief';
import { db } from '@/storage/db';
import type { CandidateRecord } from '@/storage/types';

/** A realistic first brief: Lead Product Designer at Acme Bank (the demo page's role). */
export function designBrief(overrides: Partial<BriefContent> = {}): BriefContent {
  return withDefaults({
    title: 'Lead Product Designer',
    client: 'Acme Bank',
    location: 'London',
    remotePolicy: 'hybrid',
    salary: { min: 85_000, max: 95_000, currency: 'GBP', period: 'year' },
    reportingLine: 'Head of Design',
    purpose: 'Lead design for the retail app so customers can manage money without calling the bank.',
    responsibilities: ['Lead the design of the mobile app', 'Run user research'],
    mustHaves: ['Figma', 'User research', 'Fintech'],
    niceToHaves: ['Design systems'],
    experienceLevel: 'lead',
    success6Months: 'Shipped the new onboarding flow.',
    interviewProcess: 'Portfolio review, then a panel with the Head of Design.',
    timeline: 'Start within two months',
    urgency: 'high',
    ...overrides,
  });
}

const at = '2026-01-10T09:00:00.000Z';

export function candidate(key: string, name: string, headline: string): CandidateRecord {
  const [site, externalId] = key.split(':') as [string, string];
  return { key, site, externalId, name, headline, profileUrl: `https://www.linkedin.com/in/${externalId}/`, createdAt: at, updatedAt: at, lastSeenAt: at };
}

export function debriefFor(id: string, candidateKey: string, role: { client: string; title: string }, changes: Partial<Debrief> = {}): Debrief {
  return {
    ...newDebrief({ id, candidateKey, clientCompany: role.client, roleTitle: role.title, interviewAt: '2026-01-12T10:00:00.000Z' }, new Date(at)),
    ...changes,
  };
}

/**
 * Priya was just turned down for the Acme Bank role; Mei narrowly missed a
 * role at Northwind and is ready for the next one; Tom is a backend engineer.
 */
export async function seedPeople(): Promise<void> {
  await db().candidates.bulkAdd([
    candidate('linkedin:priya-raman', 'Priya Raman', 'Senior Product Designer · Figma, user research, fintech'),
    candidate('linkedin:mei-lin', 'Mei Lin', 'Senior Product Designer · Figma, design systems, fintech apps'),
    candidate('linkedin:tom-okafor', 'Tom Okafor', 'Staff Backend Engineer · Go, Kubernetes'),
    candidate('linkedin:ana-silva', 'Ana Silva', 'Product Designer · Figma, user research'),
  ]);
  await db().notes.add({ id: 'n-mei', candidateKey: 'linkedin:mei-lin', text: 'Ran user research for a payments app.', createdAt: at, updatedAt: at });
  await db().debriefs.bulkAdd([
    debriefFor('d-priya', 'linkedin:priya-raman', { client: 'Acme Bank', title: 'Lead Product Designer' }, {
      confirmedCauses: ['brief'],
      outcome: 'rejected',
      feedback: [{ id: 'f1', quote: 'No evidence of accessibility work.', saidBy: 'Head of Design', topic: 'Accessibility', sentiment: 'negative' }],
      proposedChanges: [
        { id: 'c1', kind: 'add-must-have', detail: 'Accessibility audits' },
        { id: 'c2', kind: 'change-reporting-line', detail: 'Reports to the Chief Product Officer' },
      ],
    }),
    debriefFor('d-mei', 'linkedin:mei-lin', { client: 'Northwind', title: 'Senior UX Designer' }, {
      track2: { ratings: [], coachingPoints: [], motivation: {}, candidateMessage: '', candidateStatus: 'keep-for-next' },
    }),
  ]);
}
