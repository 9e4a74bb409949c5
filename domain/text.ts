/**
 * Host pages are hostile input. Text read from them is normalised here before
 * it is stored or shown: control characters removed, whitespace collapsed,
 * length bounded (a 10,000-character "name" must not blow up a layout).
 */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;

export const MAX_NAME_LENGTH = 120;
export const MAX_HEADLINE_LENGTH = 220;

export function cleanText(raw: string | null | undefined, maxLength: number): string {
  if (!raw) return '';
  const collapsed = raw.replace(CONTROL_CHARS, '').replace(/\s+/g, ' ').trim();
  return truncate(collapsed, maxLength);
}

/** Cut at a word boundary near the limit and mark the cut with an ellipsis. */
export function truncate(text: string, maxLength: number): string {
  const chars = Array.from(text); // do not split surrogate pairs (emoji)
  if (chars.length <= maxLength) return text;
  const cut = chars.slice(0, maxLength - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  const head = lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${head.trimEnd()}…`;
}
