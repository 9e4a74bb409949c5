/**
 * Escaping for text the recruiter or the host page typed, before it goes
 * into HTML (clipboard rich text, print page) or Markdown. Every piece of
 * user text passes through one of these; markup is only ever ours.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * Inline Markdown: emphasis, links, code, HTML and table pipes are escaped
 * anywhere; list, heading and quote markers only where they would start a
 * block. The rendered text reads exactly as typed.
 */
export function escapeMarkdown(text: string, atLineStart = true): string {
  const inline = text.replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`);
  if (!atLineStart) return inline;
  return inline.replace(/^(\s*)([#+\->=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
