import { fold } from './tokens';

/**
 * Which parts of a result's text matched the query, as plain segments. The UI
 * renders each segment as text (a `<mark>` around matches), never as HTML, so
 * a note containing markup shows that markup literally.
 */
export interface Segment {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Character ranges [start, end) of the words in `text` that begin with a query word. */
export function matchRanges(text: string, words: readonly string[]): Array<[number, number]> {
  if (words.length === 0) return [];
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(WORD)) {
    const original = m[0];
    const folded = fold(original);
    const hit = words.find((w) => folded.startsWith(w));
    if (!hit) continue;
    const start = m.index ?? 0;
    // Folding kept the length (plain letters): mark just the matched prefix; otherwise the whole word.
    const length = folded.length === original.length ? hit.length : original.length;
    ranges.push([start, start + length]);
  }
  return ranges;
}

/**
 * A snippet of at most about `maxLength` characters around the first match,
 * split into matched and unmatched segments. Whitespace is collapsed so a
 * long multi-line note reads as one line in the result list.
 */
export function highlight(raw: string, words: readonly string[], maxLength = 160): Segment[] {
  const text = raw.replace(/\s+/g, ' ').trim();
  const ranges = matchRanges(text, words);
  let from = 0;
  let to = text.length;
  if (text.length > maxLength) {
    const first = ranges[0]?.[0] ?? 0;
    from = Math.max(0, Math.min(first - Math.floor(maxLength / 3), text.length - maxLength));
    to = Math.min(text.length, from + maxLength);
  }
  const segments: Segment[] = [];
  const push = (s: string, match: boolean) => {
    if (!s) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += s;
    else segments.push({ text: s, match });
  };
  if (from > 0) push('…', false);
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    push(text.slice(at, s), false);
    push(text.slice(s, e), true);
    at = e;
  }
  push(text.slice(at, to), false);
  if (to < text.length) push('…', false);
  return segments;
}
