import type { BriefContent } from './fields';
import { significantTokens, tokens } from './text-match';

/**
 * Who already known fits the revised brief? Candidates are matched on what
 * the recruiter has on record (headline, skills, notes) against the
 * must-haves, with the token rules of text-match (case, punctuation, simple
 * plurals, synonyms such as k8s/Kubernetes).
 */

/** Candidate status meaning "missed a role narrowly, ready for the next one". */
export const READY_STATUS = 'keep-for-next';

export interface FitCandidate {
  key: string;
  name: string;
  headline: string;
  skills?: readonly string[];
  notes?: string;
  /** Any other text on record about the candidate. */
  text?: string;
  status?: string;
  /** Title of the role they were last debriefed for. */
  lastDebriefRole?: string;
}

export type FitRequirements = Pick<BriefContent, 'mustHaves' | 'niceToHaves'>;

export interface FitResult {
  /** 0–100: share of must-haves met, a partly met one counting half. */
  score: number;
  matched: string[];
  /** Multi-word must-haves with at least half their words on record ("payments APIs" when only "APIs" is). */
  partial: string[];
  missing: string[];
  /** Must-haves with nothing to match on ("5+ years"): left out of the score. */
  unchecked: string[];
  niceMatched: string[];
}

export interface RankedCandidate extends FitResult {
  key: string;
  name: string;
  headline: string;
  /** Marked ready for their next role (a near miss elsewhere). */
  ready: boolean;
  lastDebriefRole?: string;
}

function corpusTokens(candidate: FitCandidate): Set<string> {
  const text = [candidate.headline, ...(candidate.skills ?? []), candidate.notes ?? '', candidate.text ?? ''].join('\n');
  return new Set(tokens(text));
}

type Coverage = 'full' | 'partial' | 'none' | 'unchecked';

function coverage(requirement: string, have: ReadonlySet<string>): Coverage {
  const wanted = [...new Set(significantTokens(requirement))];
  if (wanted.length === 0) return 'unchecked';
  const found = wanted.filter((token) => have.has(token)).length;
  if (found === wanted.length) return 'full';
  return wanted.length > 1 && found * 2 >= wanted.length ? 'partial' : 'none';
}

export function assessFit(requirements: FitRequirements, have: ReadonlySet<string>): FitResult {
  const result: FitResult = { score: 0, matched: [], partial: [], missing: [], unchecked: [], niceMatched: [] };
  for (const mustHave of requirements.mustHaves.filter((item) => item.trim() !== '')) {
    const level = coverage(mustHave, have);
    const bucket = { full: result.matched, partial: result.partial, none: result.missing, unchecked: result.unchecked }[level];
    bucket.push(mustHave);
  }
  for (const nice of requirements.niceToHaves) if (coverage(nice, have) === 'full') result.niceMatched.push(nice);
  const countable = result.matched.length + result.partial.length + result.missing.length;
  result.score = countable === 0 ? 0 : Math.round((100 * (result.matched.length + result.partial.length / 2)) / countable);
  return result;
}

function byName(a: { name: string; key: string }, b: { name: string; key: string }): number {
  const nameA = a.name.toLowerCase();
  const nameB = b.name.toLowerCase();
  if (nameA !== nameB) return nameA < nameB ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Ranking rule, in order: higher score first; among equal scores,
 * candidates marked ready for their next role first; then more
 * nice-to-haves matched; then by name (case-insensitive), then key, so the
 * order never depends on the input order.
 */
export function compareRanked(a: RankedCandidate, b: RankedCandidate): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.ready !== b.ready) return a.ready ? -1 : 1;
  if (a.niceMatched.length !== b.niceMatched.length) return b.niceMatched.length - a.niceMatched.length;
  return byName(a, b);
}

export interface RankOptions {
  /** Drop candidates scoring below this (default 0: keep everyone). */
  minScore?: number;
  limit?: number;
}

export function rankCandidates(requirements: FitRequirements, candidates: readonly FitCandidate[], options: RankOptions = {}): RankedCandidate[] {
  const ranked = candidates.map((candidate): RankedCandidate => {
    const ranking: RankedCandidate = {
      key: candidate.key, name: candidate.name, headline: candidate.headline,
      ready: candidate.status === READY_STATUS,
      ...assessFit(requirements, corpusTokens(candidate)),
    };
    if (candidate.lastDebriefRole) ranking.lastDebriefRole = candidate.lastDebriefRole;
    return ranking;
  });
  const kept = ranked.filter((candidate) => candidate.score >= (options.minScore ?? 0)).sort(compareRanked);
  return options.limit === undefined ? kept : kept.slice(0, options.limit);
}

/** Near misses from other searches who fit this brief: ready candidates meeting at least one must-have. */
export function nearMissesFor(brief: FitRequirements, candidates: readonly FitCandidate[], options: RankOptions = {}): RankedCandidate[] {
  const ready = candidates.filter((candidate) => candidate.status === READY_STATUS);
  return rankCandidates(brief, ready, { ...options, minScore: Math.max(1, options.minScore ?? 1) });
}

export interface OpenBrief {
  id: string;
  content: Pick<BriefContent, 'title' | 'client' | 'mustHaves' | 'niceToHaves'>;
}

export interface BriefFit extends FitResult {
  briefId: string;
  title: string;
  client: string;
}

/**
 * Redeployment: the open briefs a ready candidate fits best. Same order as
 * candidates (score, then nice-to-haves), then title; briefs they meet no
 * must-have of are left out.
 */
export function bestBriefsFor(
  candidate: FitCandidate,
  openBriefs: readonly OpenBrief[],
  options: { limit?: number; excludeBriefIds?: readonly string[] } = {},
): BriefFit[] {
  const have = corpusTokens(candidate);
  const excluded = new Set(options.excludeBriefIds ?? []);
  const fits = openBriefs
    .filter((brief) => !excluded.has(brief.id))
    .map((brief): BriefFit => ({ briefId: brief.id, title: brief.content.title, client: brief.content.client, ...assessFit(brief.content, have) }))
    .filter((fit) => fit.score > 0)
    .sort((a, b) => b.score - a.score || b.niceMatched.length - a.niceMatched.length || byName({ name: a.title, key: a.briefId }, { name: b.title, key: b.briefId }));
  return options.limit === undefined ? fits : fits.slice(0, options.limit);
}
