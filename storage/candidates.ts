import { candidateKey, type CandidatePage } from '@/domain/candidate';
import { cleanText, MAX_HEADLINE_LENGTH, MAX_NAME_LENGTH } from '@/domain/text';
import { nowIso } from './clock';
import { db } from './db';
import type { CandidateRecord } from './types';

/**
 * Record that a page shows this candidate. Page data refreshes name/headline
 * (people change jobs), but the recruiter's own correction always wins.
 */
export async function upsertCandidateFromPage(page: CandidatePage): Promise<CandidateRecord> {
  const key = candidateKey(page);
  const now = nowIso();
  // No name: the page only showed the id (the panel then asks "who is this?"); keep what was known.
  const idOnly = !cleanText(page.name, MAX_NAME_LENGTH);
  return db().transaction('rw', db().candidates, async () => {
    const existing = await db().candidates.get(key);
    const record: CandidateRecord = {
      ...existing,
      ...page,
      name: cleanText(page.name, MAX_NAME_LENGTH) || existing?.name || '',
      headline: idOnly ? (existing?.headline ?? '') : cleanText(page.headline, MAX_HEADLINE_LENGTH),
      profileUrl: idOnly ? (existing?.profileUrl ?? page.profileUrl) : page.profileUrl,
      job: page.job ?? existing?.job,
      key,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      lastSeenAt: now,
    };
    await db().candidates.put(record);
    return record;
  });
}

export function getCandidate(key: string): Promise<CandidateRecord | undefined> {
  return db().candidates.get(key);
}

/** Most recently visited candidates, newest first. */
export function recentCandidates(limit = 8): Promise<CandidateRecord[]> {
  return db().candidates.orderBy('lastSeenAt').reverse().limit(limit).toArray();
}

/** The recruiter fixes a wrongly detected name or job; remembered for this candidate id. */
export async function correctCandidate(key: string, correction: CandidateRecord['correction']): Promise<void> {
  const clean = {
    name: cleanText(correction?.name, MAX_NAME_LENGTH) || undefined,
    jobTitle: cleanText(correction?.jobTitle, MAX_HEADLINE_LENGTH) || undefined,
    company: cleanText(correction?.company, MAX_HEADLINE_LENGTH) || undefined,
  };
  const updated = await db().candidates.update(key, { correction: clean, updatedAt: nowIso() });
  if (!updated) throw new Error('This candidate is no longer in your records.');
}
