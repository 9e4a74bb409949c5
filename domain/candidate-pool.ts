import type { FitCandidate } from './brief';
import type { Debrief } from './debrief';
import { sameRole } from './brief-from-debrief';

/**
 * The people already known, as the fit ranking sees them: what the recruiter
 * has on record (headline, notes, the last debrief's role and track 2
 * status). Pure: storage loads the records, this shapes them.
 */

export interface PoolCandidate {
  key: string;
  name: string;
  headline: string;
}

/** Notes are matched on words: a long history adds little after this much text. */
export const MAX_NOTES_CHARS = 20_000;

export type PoolDebrief = Pick<Debrief, 'candidateKey' | 'roleTitle' | 'clientCompany' | 'updatedAt' | 'track2' | 'feedback'> & { briefId?: string };

export interface PoolOptions {
  /** Leave out people debriefed for this role (the client has just seen them). */
  excludeRole?: { briefId: string; client: string; title: string };
}

function latest(debriefs: readonly PoolDebrief[]): PoolDebrief | undefined {
  return [...debriefs].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

export function buildCandidatePool(
  candidates: readonly PoolCandidate[],
  notesByKey: ReadonlyMap<string, readonly string[]>,
  debriefsByKey: ReadonlyMap<string, readonly PoolDebrief[]>,
  options: PoolOptions = {},
): FitCandidate[] {
  const pool: FitCandidate[] = [];
  for (const candidate of candidates) {
    const debriefs = debriefsByKey.get(candidate.key) ?? [];
    const excluded = options.excludeRole;
    if (excluded && debriefs.some((d) => d.briefId === excluded.briefId || sameRole({ client: d.clientCompany, title: d.roleTitle }, excluded))) continue;
    const last = latest(debriefs);
    let notes = (notesByKey.get(candidate.key) ?? []).join('\n');
    if (notes.length > MAX_NOTES_CHARS) notes = notes.slice(0, MAX_NOTES_CHARS);
    // Positive interview feedback is evidence of a skill too ("excellent Figma work").
    const praise = debriefs.flatMap((d) => d.feedback.filter((f) => f.sentiment === 'positive').map((f) => `${f.topic} ${f.quote}`));
    const entry: FitCandidate = {
      key: candidate.key,
      name: candidate.name,
      headline: candidate.headline,
      notes,
      text: praise.join('\n'),
    };
    if (last) {
      entry.status = last.track2.candidateStatus;
      if (last.roleTitle.trim()) entry.lastDebriefRole = [last.roleTitle.trim(), last.clientCompany.trim()].filter(Boolean).join(' at ');
    }
    pool.push(entry);
  }
  return pool;
}
