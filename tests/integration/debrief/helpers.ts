import { db, resetDbForTests } from '@/storage/db';
import { startDebrief } from '@/storage/debriefs';
import type { CandidateRecord } from '@/storage/types';

/** A fresh database per test: fake-indexeddb keeps databases between tests otherwise. */
export async function freshDb(): Promise<void> {
  resetDbForTests();
  await db().delete();
  resetDbForTests();
  localStorage.clear();
}

export function candidate(overrides: Partial<CandidateRecord> = {}): CandidateRecord {
  const at = '2026-03-03T09:00:00.000Z';
  return {
    key: 'demo:priya-raman',
    site: 'demo',
    externalId: 'priya-raman',
    name: 'Priya Raman',
    headline: 'Senior Product Designer',
    profileUrl: 'https://example.test/priya-raman',
    job: { title: 'Lead Product Designer', company: 'Acme Bank' },
    createdAt: at,
    updatedAt: at,
    lastSeenAt: at,
    ...overrides,
  };
}

export async function seededDebrief(c: CandidateRecord = candidate()) {
  await db().candidates.put(c);
  return startDebrief(c);
}
