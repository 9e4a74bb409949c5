import { browser } from 'wxt/browser';
import { newDebrief } from '@/domain/debrief';
import { createBrief } from '@/domain/brief/versions';
import { emptyBriefContent } from '@/domain/brief/fields';
import { createPlan } from '@/domain/brief/plan';
import { db } from '@/storage/db';
import type { CandidateRecord, NoteRecord } from '@/storage/types';

/** A small but complete data set touching every table and both storage.local keys. */
export async function seedEverything(): Promise<void> {
  const at = '2026-02-01T09:00:00.000Z';
  const candidate = (key: string, name: string): CandidateRecord => {
    const [site, externalId] = key.split(':') as [string, string];
    return { key, site, externalId, name, headline: `${name}'s headline`, profileUrl: `https://www.linkedin.com/in/${externalId}/`, createdAt: at, updatedAt: at, lastSeenAt: at };
  };
  await db().candidates.bulkAdd([
    candidate('linkedin:jane-doe', 'Jane Doe'),
    { ...candidate('greenhouse:4711', 'Ravi Patel'), job: { id: 'j9', title: 'Data Lead', company: 'Acme' }, correction: { name: 'Ravi K. Patel' } },
  ]);
  const note = (id: string, candidateKey: string, text: string, debriefId?: string): NoteRecord => ({ id, candidateKey, text, createdAt: at, updatedAt: at, ...(debriefId ? { debriefId } : {}) });
  const debrief = {
    ...newDebrief({ id: 'd1', candidateKey: 'linkedin:jane-doe', clientCompany: 'Globex', roleTitle: 'Head of Platform' }, new Date(at)),
    briefId: 'b1',
    feedback: [{ id: 'f1', quote: 'Too hands-off <b>really</b>', saidBy: 'CTO', topic: 'Depth', sentiment: 'negative' as const }],
    evidence: { 'skills-tested': 'no' as const },
    confirmedCauses: ['assessment' as const],
  };
  await db().debriefs.add(debrief);
  await db().notes.bulkAdd([
    note('n1', 'linkedin:jane-doe', 'Client wants more hands-on. <script>alert(1)</script>'),
    note('n2', 'linkedin:jane-doe', 'In the debrief call', 'd1'),
    note('n3', 'greenhouse:4711', 'Prefers hybrid — Zoë referred him'),
  ]);
  await db().drafts.bulkAdd([
    { id: 'note:linkedin:jane-doe', text: 'half a sente', updatedAt: at },
    { id: 'note:greenhouse:4711', text: 'other draft', updatedAt: at },
  ]);
  const { brief, version } = createBrief({ id: 'b1', content: { ...emptyBriefContent(), title: 'Head of Platform', client: 'Globex', mustHaves: ['Kubernetes'] }, now: at });
  await db().briefs.add(brief);
  await db().briefVersions.add(version);
  await db().plans.add(
    createPlan({ id: 'p1', briefId: 'b1', briefVersion: 1, kind: 'shortlist', now: at, shortlist: [{ candidateKey: 'linkedin:jane-doe', reason: 'Strong sourcing' }, { candidateKey: 'greenhouse:4711', reason: 'Data depth' }] }),
  );
  await browser.storage.local.set({ settings: { panelSites: { linkedin: true }, feedbackTargetHours: 12, planTargetHours: 48, theme: 'dark' }, retention: { months: 18, confirmedAt: at, confirmedMonths: 18 } });
}

export async function storageLocal(): Promise<Record<string, unknown>> {
  return browser.storage.local.get(null);
}
