import { buildBooleanSearch, type BooleanSearchOptions } from './boolean-search';
import type { BriefContent } from './fields';
import type { RankedCandidate } from './fit';
import type { ShortlistEntry, SourcingStrategy } from './plan';
import { titleVariants } from './search-terms';

/**
 * First drafts of the two halves of a plan, for the recruiter to edit: a
 * shortlist with a reason per person, and a sourcing strategy with a
 * ready-to-paste boolean search.
 */

export const DEFAULT_CHANNELS: readonly string[] = [
  'LinkedIn Recruiter search',
  'Own database and past applicants',
  'Referrals from placed candidates',
  'Job ad on LinkedIn and job boards',
];

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "Meets 3 of 4 must-haves (Go, Kafka and SQL); not yet shown: Kubernetes. Near miss for …, ready for the next role." */
export function shortlistReason(candidate: RankedCandidate): string {
  const total = candidate.matched.length + candidate.partial.length + candidate.missing.length;
  const parts: string[] = [];
  if (total > 0) {
    const met = candidate.matched.length ? ` (${listWords(candidate.matched)})` : '';
    parts.push(`Meets ${candidate.matched.length} of ${total} must-haves${met}`);
  }
  if (candidate.partial.length) parts.push(`partly: ${listWords(candidate.partial)}`);
  if (candidate.missing.length) parts.push(`not yet shown: ${listWords(candidate.missing)}`);
  let reason = parts.join('; ');
  if (reason) reason += '.';
  if (candidate.ready) {
    const where = candidate.lastDebriefRole ? ` for ${candidate.lastDebriefRole}` : '';
    reason = `${reason} Near miss${where}, ready for the next role.`.trim();
  }
  return reason;
}

export interface ShortlistOptions {
  limit?: number;
  /** Leave out candidates below this fit score (default 50). */
  minScore?: number;
}

/** The best-ranked candidates, in rank order, each with a reason. */
export function proposeShortlist(ranked: readonly RankedCandidate[], options: ShortlistOptions = {}): ShortlistEntry[] {
  const minScore = options.minScore ?? 50;
  return ranked
    .filter((candidate) => candidate.score >= minScore)
    .slice(0, options.limit ?? 5)
    .map((candidate) => ({ candidateKey: candidate.key, reason: shortlistReason(candidate) }));
}

export interface SourcingOptions extends BooleanSearchOptions {
  targetCompanies?: readonly string[];
  channels?: readonly string[];
}

export function proposeSourcing(content: Pick<BriefContent, 'title' | 'mustHaves' | 'dealBreakers'>, options: SourcingOptions = {}): SourcingStrategy {
  const search = buildBooleanSearch(content, options);
  const titles = [...titleVariants(content.title), ...(options.extraTitles ?? [])];
  return {
    targetTitles: [...new Map(titles.map((title) => [title.toLowerCase(), title])).values()],
    targetCompanies: [...(options.targetCompanies ?? [])],
    channels: [...(options.channels ?? DEFAULT_CHANNELS)],
    booleanString: search.query,
  };
}
