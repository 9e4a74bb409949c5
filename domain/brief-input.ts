import { BRIEF_FIELDS, withDefaults, type BriefContent } from './brief';
import { truncate } from './text';

/**
 * What the brief editor may store. Bounded well inside what a backup
 * accepts (storage/backup-schemas), so a saved version always survives an
 * export and import; checked here, once, for every writer.
 */
export const BRIEF_LIMITS = {
  textChars: 10_000,
  listItems: 100,
  itemChars: 500,
  reasonChars: 1_000,
  maxYears: 60,
} as const;

/** Trimmed text, lists without blank or repeated items, numbers in range. */
export function sanitiseBriefContent(raw: Partial<BriefContent>): BriefContent {
  const content = withDefaults(raw);
  for (const spec of BRIEF_FIELDS) {
    const value = content[spec.key];
    if (spec.kind === 'list' && Array.isArray(value)) {
      const seen = new Set<string>();
      const items: string[] = [];
      for (const item of value) {
        const clean = truncate(String(item).replace(/\s+/g, ' ').trim(), BRIEF_LIMITS.itemChars);
        const key = clean.toLowerCase();
        if (!clean || seen.has(key)) continue;
        seen.add(key);
        items.push(clean);
      }
      Object.assign(content, { [spec.key]: items.slice(0, BRIEF_LIMITS.listItems) });
    } else if (typeof value === 'string') {
      Object.assign(content, { [spec.key]: truncate(value.trim(), BRIEF_LIMITS.textChars) });
    }
  }
  const years = content.experienceYears;
  content.experienceYears = typeof years === 'number' && Number.isFinite(years) ? Math.min(Math.max(Math.round(years), 0), BRIEF_LIMITS.maxYears) : null;
  const money = (n: number | null) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.round(n) : null);
  content.salary = { ...content.salary, min: money(content.salary.min), max: money(content.salary.max), currency: content.salary.currency.trim().toUpperCase().slice(0, 3) };
  return content;
}

/** The reason for a revision: required, one readable paragraph. Returns the message, or null when fine. */
export function reasonProblem(reason: string): string | null {
  const clean = reason.trim();
  if (clean === '') return 'Say why the brief changed: the reason is kept with the version and shown in the history.';
  if (clean.length > BRIEF_LIMITS.reasonChars) return `Keep the reason under ${BRIEF_LIMITS.reasonChars.toLocaleString('en')} characters (it has ${clean.length.toLocaleString('en')}).`;
  return null;
}
