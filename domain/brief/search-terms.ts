import { TITLE_WORD_SWAPS } from './synonyms';
import { FILLER_WORDS, synonymGroup } from './text-match';

/**
 * From brief wording to search terms: "5+ years of Go or Java in production"
 * becomes the alternatives Go, Golang, Java. Terms are cleaned so they can
 * never break the boolean syntax they are put into.
 */

const MAX_TERM_WORDS = 3;
const MAX_SYNONYMS = 2;
/** Qualifiers that say how well, not what: a profile never contains them verbatim. */
const QUALIFIER_TAIL = /\s+(?:at scale|in production|in a [\w\s-]+|environments?|background|skills?|experience|expertise|knowledge|preferred|required|essential|qualified|certified|certification|business|company|companies|role|roles|position|setting|sector|industry)$/i;

const LEADING_VERBS = /^(?:building|leading|running|managing|designing|developing|writing|delivering|owning|creating|maintaining|shipping|scaling|mentoring|coaching|selling|handling|supporting|implementing|operating)$/i;

/** Straight quotes only, no brackets or quotes inside, lower-case operator words (upper case would be read as operators). */
export function cleanTerm(raw: string): string {
  return raw
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/["“”„«»()[\]{}]/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/\b(AND|OR|NOT)\b/g, (word) => word.toLowerCase())
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.'-]+|[\s,;:.'-]+$/g, '');
}

/** A term in query syntax: quoted when it has spaces or symbols LinkedIn would split on. */
export function renderTerm(term: string): string {
  return /^[\p{L}\p{N}]+$/u.test(term) ? term : `"${term}"`;
}

function withoutFiller(phrase: string): string {
  const words = cleanTerm(phrase).replace(QUALIFIER_TAIL, '').split(' ');
  const kept = words.filter((word) => !FILLER_WORDS.has(word.toLowerCase()) && !/^\d[\d+\-–]*$/.test(word));
  // "building backend services" → "backend services": a leading verb is not in anyone's profile.
  if (kept.length > 1 && LEADING_VERBS.test(kept[0] ?? '')) kept.shift();
  return kept.join(' ');
}

function alternativesOf(piece: string): string[] {
  const alternatives = synonymGroup(piece) ? [piece] : piece.split(/\s+or\s+|\s*\/\s*/i);
  const terms: string[] = [];
  for (const alternative of alternatives) {
    const term = synonymGroup(alternative) ? cleanTerm(alternative) : withoutFiller(alternative);
    if (term === '' || term.split(' ').length > MAX_TERM_WORDS) continue;
    terms.push(term);
    const synonyms = (synonymGroup(term) ?? []).filter((form) => form.toLowerCase() !== term.toLowerCase());
    terms.push(...synonyms.slice(0, MAX_SYNONYMS));
  }
  return terms;
}

/**
 * Search groups for one must-have: "Java and Spring Boot" needs both (two
 * groups, ANDed); "Go or Java" either (one group, ORed, with synonyms).
 * Prose that no profile would contain verbatim gives no group at all.
 */
export function searchGroups(mustHave: string): string[][] {
  const whole = cleanTerm(mustHave);
  const pieces = synonymGroup(whole) ? [whole] : whole.split(/\s+(?:and|&)\s+|,\s*/i);
  return pieces.map(alternativesOf).filter((terms) => terms.length > 0);
}

/** The brief's title and the same title with interchangeable words swapped (Engineer ↔ Developer). */
export function titleVariants(title: string): string[] {
  // "Frontend Developer (React)", "Data Analyst - Claims Team": the role name is before the brackets or dash.
  const base = cleanTerm((title.split(/\s+[-–—|]\s+|,\s*/)[0] ?? '').replace(/\([^)]*\)/g, ''));
  if (base === '') return [];
  const variants = [base];
  for (const swaps of TITLE_WORD_SWAPS) {
    for (const from of swaps) {
      const pattern = new RegExp(`\\b${from.replace(/[-\s]/g, '[-\\s]?')}\\b`, 'i');
      if (!pattern.test(base)) continue;
      for (const to of swaps) if (to !== from) variants.push(base.replace(pattern, to));
      break;
    }
  }
  return variants;
}

/**
 * A deal-breaker usable as a NOT term: short, and naming something a
 * profile would contain ("Agency recruiters"). "No on-call experience"
 * describes a missing skill: excluding its words would exclude the very
 * people who have it, so it gives ''.
 */
export function excludableTerm(dealBreaker: string): string {
  const clean = cleanTerm(dealBreaker);
  if (/^(?:no|not|without|lack(?:s|ing)?|never|unable|can't|cannot|less than|under|fewer than)\b/i.test(clean)) return '';
  const term = withoutFiller(clean);
  return term !== '' && term.split(' ').length <= MAX_TERM_WORDS ? term : '';
}
