import type { BriefContent } from './fields';
import { excludableTerm, renderTerm, searchGroups, titleVariants } from './search-terms';

/**
 * A LinkedIn boolean search string from a revised brief:
 * (title OR variant) AND (must-have OR synonym) AND … NOT (excluded OR …).
 * Operators are upper case, multi-word terms quoted, empty groups dropped,
 * and the string is kept under LinkedIn's length limit by dropping the
 * least important terms first.
 */

/** LinkedIn rejects or silently cuts longer queries; stay under it. */
export const LINKEDIN_MAX_QUERY = 1_000;
const MAX_TITLES = 6;

export interface BooleanSearchOptions {
  /** More titles to OR with the brief's own (e.g. from the client's org chart). */
  extraTitles?: readonly string[];
  /** Titles to exclude (e.g. "Recruiter", "Intern"). */
  excludeTitles?: readonly string[];
  maxLength?: number;
}

export interface BooleanSearch {
  query: string;
  titles: string[];
  /** One OR group per must-have, in the brief's order; groups are ANDed. */
  required: string[][];
  excluded: string[];
  /** Terms left out to respect the length cap, in the order they were dropped. */
  dropped: string[];
}

function group(terms: readonly string[]): string {
  const rendered = terms.map(renderTerm);
  return rendered.length === 1 ? rendered[0] ?? '' : `(${rendered.join(' OR ')})`;
}

export function renderBooleanQuery(titles: readonly string[], required: readonly (readonly string[])[], excluded: readonly string[]): string {
  const positive = [titles, ...required].filter((terms) => terms.length > 0).map(group).join(' AND ');
  // A query made only of NOT terms is not a search LinkedIn accepts.
  if (positive === '' || excluded.length === 0) return positive;
  return `${positive} NOT ${group(excluded)}`;
}

function dedupe(terms: readonly string[]): string[] {
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = term.toLowerCase();
    if (term === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Removes the last item of the last list that has more than `keep` items; returns it, or undefined. */
function dropFrom(lists: string[][], keep: number): string | undefined {
  for (let i = lists.length - 1; i >= 0; i--) {
    const list = lists[i];
    if (list && list.length > keep) return list.pop();
  }
  return undefined;
}

export function buildBooleanSearch(
  content: Pick<BriefContent, 'title' | 'mustHaves' | 'dealBreakers'>,
  options: BooleanSearchOptions = {},
): BooleanSearch {
  const maxLength = options.maxLength ?? LINKEDIN_MAX_QUERY;
  const titles = dedupe([...titleVariants(content.title), ...(options.extraTitles ?? []).flatMap(titleVariants)]).slice(0, MAX_TITLES);
  const seenRequired = new Set<string>();
  const required: string[][] = [];
  for (const terms of content.mustHaves.flatMap(searchGroups)) {
    const fresh = dedupe(terms).filter((term) => !seenRequired.has(term.toLowerCase()));
    fresh.forEach((term) => seenRequired.add(term.toLowerCase()));
    if (fresh.length > 0) required.push(fresh);
  }
  const excluded = dedupe([...(options.excludeTitles ?? []).flatMap(titleVariants).slice(0, MAX_TITLES), ...content.dealBreakers.map(excludableTerm)]);

  const dropped: string[] = [];
  // Least important first: synonyms, then exclusions, then title variants, then whole must-haves from the end.
  const steps: (() => string | undefined)[] = [
    () => dropFrom(required, 1),
    () => excluded.pop(),
    () => dropFrom([titles], 1),
    () => dropFrom(required, 0),
  ];
  for (const step of steps) {
    while (renderBooleanQuery(titles, required, excluded).length > maxLength) {
      const term = step();
      if (term === undefined) break;
      dropped.push(term);
    }
    for (let i = required.length - 1; i >= 0; i--) if (required[i]?.length === 0) required.splice(i, 1);
  }
  let query = renderBooleanQuery(titles, required, excluded);
  if (query.length > maxLength) {
    // Only an absurdly long title is left: cut it rather than return something LinkedIn refuses.
    const title = (titles[0] ?? '').slice(0, Math.max(0, maxLength - 2)).trim();
    titles.splice(0, titles.length, ...(title ? [title] : []));
    query = renderBooleanQuery(titles, required, excluded).slice(0, maxLength);
  }
  return { query, titles, required, excluded, dropped };
}
