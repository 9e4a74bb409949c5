import { escapeHtml, escapeMarkdown } from './escape';

/**
 * A tiny document model (headings, paragraphs, lists whose items may start
 * with a bold label) and its three renderings. Block text is plain text:
 * each renderer escapes it for its own format.
 */

export interface SummaryItem {
  /** Bold lead-in ("Shortlist by", a candidate's name). */
  strong?: string;
  text: string;
}

export type SummaryBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: SummaryItem[] };

function plainItem(item: SummaryItem): string {
  if (!item.strong) return item.text;
  return item.text ? `${item.strong}: ${item.text}` : item.strong;
}

export function renderPlainText(blocks: readonly SummaryBlock[]): string {
  const out = blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return `${block.text}\n${(block.level === 1 ? '=' : '-').repeat(Math.min(Array.from(block.text).length, 72))}`;
      case 'paragraph':
        return block.text;
      case 'list':
        return block.items.map((item) => `- ${plainItem(item)}`).join('\n');
    }
  });
  return `${out.join('\n\n')}\n`;
}

export function renderMarkdown(blocks: readonly SummaryBlock[]): string {
  const out = blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
      case 'paragraph':
        return escapeMarkdown(block.text);
      case 'list':
        return block.items
          .map((item) => {
            const strong = item.strong ? `**${escapeMarkdown(item.strong)}**${item.text ? ': ' : ''}` : '';
            // Without a bold lead-in the text starts the item's line, where "1. x" or "# x" would become markup.
            return `- ${strong}${escapeMarkdown(item.text, !item.strong)}`;
          })
          .join('\n');
    }
  });
  return `${out.join('\n\n')}\n`;
}

function htmlItem(item: SummaryItem): string {
  const strong = item.strong ? `<strong>${escapeHtml(item.strong)}</strong>${item.text ? ': ' : ''}` : '';
  return `<li>${strong}${escapeHtml(item.text)}</li>`;
}

export function renderHtml(blocks: readonly SummaryBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading':
          return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
        case 'paragraph':
          return `<p>${escapeHtml(block.text)}</p>`;
        case 'list':
          return `<ul>${block.items.map(htmlItem).join('')}</ul>`;
      }
    })
    .join('\n');
}

const PRINT_STYLE = [
  'body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;max-width:42rem;margin:2rem auto;padding:0 1rem}',
  'h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #ddd}',
  'ul{padding-left:1.25rem}li{margin:.25rem 0}',
  '@media print{body{margin:0;max-width:none}h2{break-after:avoid}li{break-inside:avoid}}',
].join('');

/** A standalone page for printing to PDF; no scripts, no external resources. */
export function renderHtmlDocument(title: string, blocks: readonly SummaryBlock[]): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${PRINT_STYLE}</style>`,
    '</head>',
    '<body>',
    renderHtml(blocks),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
