import type { BriefDiff, FieldDiff } from './diff';

/**
 * The diff as sentences a client can read in an e-mail:
 * "Must-have skills: added 'Kubernetes', removed 'Java'",
 * "Salary: £60k–£70k per year → £70k–£80k per year".
 */

/** Text up to this length is quoted in full; longer text is only said to have changed. */
const SHORT_TEXT = 60;

function quoteList(items: readonly string[]): string {
  return items.map((item) => `'${item}'`).join(', ');
}

function isShort(text: string): boolean {
  return text.length <= SHORT_TEXT && !text.includes('\n');
}

/** True when a changed value or text is short enough to quote before and after (the on-screen summary decides the same way). */
export function quotesInFull(field: FieldDiff): boolean {
  return field.kind === 'value' || (isShort(field.before) && isShort(field.after));
}

export function summariseFieldDiff(field: FieldDiff): string | null {
  if (field.status === 'unchanged') return null;
  if (field.kind === 'list') {
    const parts: string[] = [];
    if (field.added.length) parts.push(`added ${quoteList(field.added)}`);
    if (field.removed.length) parts.push(`removed ${quoteList(field.removed)}`);
    return `${field.label}: ${parts.join(', ')}`;
  }
  const short = quotesInFull(field);
  switch (field.status) {
    case 'added':
      return short ? `${field.label}: set to ${field.after}` : `${field.label}: added`;
    case 'removed':
      return short ? `${field.label}: cleared (was ${field.before})` : `${field.label}: cleared`;
    default:
      return short ? `${field.label}: ${field.before} → ${field.after}` : `${field.label}: rewritten`;
  }
}

export function diffSummary(diff: BriefDiff): string[] {
  return diff.changed.map(summariseFieldDiff).filter((line): line is string => line !== null);
}
