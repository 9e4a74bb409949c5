import { SKILL_SYNONYMS } from './synonyms';

/**
 * Token matching that survives how people really write skills: case,
 * punctuation, simple plurals ("APIs"/"API") and common synonyms ("k8s" /
 * "Kubernetes"). Both sides of every comparison go through `tokens`, so the
 * stemming only has to be consistent, not linguistically right.
 */

/** Symbols that carry meaning inside tech names and must survive punctuation stripping. */
const SYMBOL_WORDS: readonly [RegExp, string][] = [
  [/c\+\+/g, ' cplusplus '],
  [/c#/g, ' csharp '],
  [/(^|[^a-z0-9])\.net\b/g, '$1 dotnet '],
  [/ci\/cd/g, ' cicd '],
  [/\b([a-z]+)\.js\b/g, '$1js'],
];

/** Words that say nothing about a skill: dropped before matching. */
export const FILLER_WORDS = new Set([
  'a', 'an', 'and', 'the', 'of', 'in', 'on', 'with', 'to', 'for', 'or', 'at', 'as', 'by', 'be', 'is', 'are',
  'experience', 'experienced', 'knowledge', 'skill', 'skills', 'ability', 'able', 'strong', 'solid', 'good', 'excellent',
  'proven', 'deep', 'extensive', 'demonstrable', 'demonstrated', 'commercial', 'working',
  'using', 'use', 'year', 'years', 'yr', 'yrs', 'plus', 'proficiency', 'proficient', 'familiarity', 'familiar',
  'understanding', 'background', 'track', 'record', 'must', 'have', 'has', 'should', 'you', 'your', 'we', 'our',
  'least', 'minimum', 'min', 'eg', 'etc', 'including', 'such', 'like', 'some', 'any',
]);

function stem(token: string): string {
  if (token.length <= 3) return token;
  if (token.endsWith('ies') && token.length > 4) return `${token.slice(0, -3)}y`;
  // "redis", "analysis", "status" are not plurals; "APIs" and "KPIs" are.
  if (/(ss|us)$/.test(token) || (token.length > 4 && token.endsWith('is'))) return token;
  if (/(sh|ch|x|z)es$/.test(token)) return token.slice(0, -2);
  if (token.endsWith('s')) return token.slice(0, -1);
  return token;
}

/** Raw lowercase words: diacritics folded, tech symbols kept, other punctuation split. */
export function rawWords(text: string): string[] {
  let lower = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  for (const [pattern, replacement] of SYMBOL_WORDS) lower = lower.replace(pattern, replacement);
  return lower.split(/[^a-z0-9+#]+/).filter((word) => word !== '');
}

const CANONICAL = buildCanonicalMap();
const MAX_PHRASE_WORDS = 4;

function buildCanonicalMap(): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of SKILL_SYNONYMS) {
    const canonical = rawWords(group[0] ?? '').join('');
    for (const form of group) map.set(rawWords(form).join(' '), canonical);
  }
  return map;
}

/**
 * Words turned into comparable tokens: multi-word synonyms collapsed into one
 * canonical token (longest match first), then simple plurals folded.
 */
export function tokens(text: string): string[] {
  const words = rawWords(text);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = false;
    for (let len = Math.min(MAX_PHRASE_WORDS, words.length - i); len >= 1; len--) {
      const canonical = CANONICAL.get(words.slice(i, i + len).join(' '));
      if (canonical !== undefined) {
        out.push(canonical);
        i += len;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out.push(stem(words[i] ?? ''));
      i += 1;
    }
  }
  return out;
}

/** The tokens that identify a skill, without filler or bare numbers ("5+ years of Java" → ["java"]). */
export function significantTokens(text: string): string[] {
  return tokens(text).filter((token) => !FILLER_WORDS.has(token) && !/^[0-9+#]+$/.test(token));
}

/** Case- and punctuation-insensitive key for de-duplicating list items. */
export function itemKey(text: string): string {
  return tokens(text).join(' ');
}

/** Synonym group (display forms, canonical first) containing this phrase, if any. */
export function synonymGroup(phrase: string): readonly string[] | undefined {
  const canonical = CANONICAL.get(rawWords(phrase).join(' '));
  if (canonical === undefined) return undefined;
  return SKILL_SYNONYMS.find((group) => rawWords(group[0] ?? '').join('') === canonical);
}
