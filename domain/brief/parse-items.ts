import { cleanText, truncate } from '@/domain/text';
import { itemKey } from './text-match';

/** Bounds on what a parse keeps: enough for any real brief, small enough for any paste. */
export const MAX_PARSE_CHARS = 300_000;
export const MAX_LINE_CHARS = 2_000;
export const MAX_LIST_ITEMS = 25;
export const MAX_ITEM_CHARS = 300;
export const MAX_TEXT_CHARS = 3_000;
export const MAX_LOOSE_LINES = 400;

export function cleanItem(item: string): string {
  const clean = cleanText(item.replace(/^[-*•·\s]+/, '').replace(/[;,.]+$/, '').replace(/\*\*|__/g, ''), MAX_ITEM_CHARS);
  // "fundraising" → "Fundraising", but "dbt", "npm" and "iOS" keep the case their makers gave them.
  return /^[a-z]{4,}\b/.test(clean) ? clean.charAt(0).toUpperCase() + clean.slice(1) : clean;
}

/**
 * Lines of a list section to items: lead-ins dropped, duplicates removed.
 * `splitShortLists` splits "Python, Django, AWS" into three skills; it is off
 * for duties, where "Plan, run and report" is one item.
 */
export function toItems(lines: readonly string[], splitShortLists = true): string[] {
  const items: string[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    if (/:\s*$/.test(line)) continue;
    const parts = line.split(/[,;]\s*/);
    const isShortList = splitShortLists && parts.length > 1 && parts.every((part) => part.trim().split(/\s+/).length <= 4);
    for (const part of isShortList ? parts : [line]) {
      const item = cleanItem(part);
      const key = itemKey(item);
      if (item === '' || seen.has(key)) continue;
      seen.add(key);
      items.push(item);
      if (items.length >= MAX_LIST_ITEMS) return items;
    }
  }
  return items;
}

export function toText(lines: readonly string[]): string {
  const joined = lines.map((line) => cleanText(line, MAX_LINE_CHARS)).filter(Boolean).join('\n');
  return truncate(joined, MAX_TEXT_CHARS);
}

