import { JUSTIFICATION_RULES, type JustificationCategory } from './justification-rules';

export {
  JUSTIFICATION_CATEGORIES,
  JUSTIFICATION_RULES,
  LISTENING_PROMPTS,
  type JustificationCategory,
  type JustificationRule,
} from './justification-rules';

export interface JustificationFlag {
  ruleId: string;
  category: JustificationCategory;
  /** Span in the original text: text.slice(start, end) === match. */
  start: number;
  end: number;
  match: string;
  explanation: string;
  alternative: string;
  /** Stable across edits elsewhere in the text, so a dismissed flag stays dismissed. */
  key: string;
}

export interface DetectOptions {
  /** The candidate's names (first name, full name) so "but Jane actually…" is caught too. */
  candidateNames?: readonly string[];
}

const CLIENT = String.raw`they|the\s+client|the\s+panel|the\s+interviewers?|the\s+hiring\s+manager|the\s+manager|the\s+team`;
const CANDIDATE = String.raw`he|she|the\s+candidate`;

/**
 * Flags defensive or dismissive phrasing in the recruiter's own notes.
 * Words inside quotation marks are the client's, captured verbatim, and are
 * never flagged. Overlapping hits keep the earliest, then the longest.
 */
export function detectJustification(text: string, options: DetectOptions = {}): JustificationFlag[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  // Straighten apostrophes one-for-one so indices into the original still hold.
  const normalised = text.replace(/[\u2018\u2019\u02BC\u2032]/g, "'");
  const quoted = quotedSpans(normalised);
  const candidate = [CANDIDATE, ...nameAlternatives(options.candidateNames)].join('|');

  const hits: JustificationFlag[] = [];
  for (const rule of JUSTIFICATION_RULES) {
    const source = rule.pattern.replaceAll('{client}', CLIENT).replaceAll('{cand}', candidate);
    // Letter-aware boundaries (\b is ASCII-only and would fail next to "ë").
    const regex = new RegExp(String.raw`(?<![\p{L}\p{N}'])(?:${source})(?![\p{L}\p{N}])`, 'giu');
    for (const m of normalised.matchAll(regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (quoted.some(([from, to]) => start >= from && end <= to)) continue;
      const match = text.slice(start, end);
      hits.push({
        ruleId: rule.id,
        category: rule.category,
        start,
        end,
        match,
        explanation: rule.explanation,
        alternative: rule.alternative,
        key: `${rule.id}:${m[0].toLowerCase().replace(/\s+/g, ' ')}`,
      });
    }
  }

  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: JustificationFlag[] = [];
  for (const hit of hits) {
    const last = kept.at(-1);
    if (!last || hit.start >= last.end) kept.push(hit);
  }
  return kept;
}

/**
 * [start, end) ranges inside "straight" or “curly” double quotes, or «guillemets».
 * An unmatched opening quote quotes nothing: a stray mark must not silence the
 * rest of a long note.
 */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const closers: Record<string, string> = { '"': '"', '\u201C': '\u201D', '\u00AB': '\u00BB', '\u201E': '\u201C' };
  let i = 0;
  while (i < text.length) {
    const close = closers[text[i] ?? ''];
    if (close) {
      const end = text.indexOf(close, i + 1);
      if (end !== -1) {
        spans.push([i + 1, end]);
        i = end + 1;
        continue;
      }
    }
    i += 1;
  }
  return spans;
}

function nameAlternatives(names: readonly string[] = []): string[] {
  return names
    .map((name) => name.trim())
    .filter((name) => name.length >= 2)
    .sort((a, b) => b.length - a.length) // "Jane Doe" before "Jane": flag the whole name
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s+`));
}
