import { headingTarget, type SectionTarget } from './headings';

/**
 * One line of a pasted job ad, classified: a heading (Markdown, bold, ALL
 * CAPS, "Heading:", or a bare known name), a bullet item, plain text, or a
 * blank. Every pattern here is anchored and free of nested quantifiers, so
 * classification stays linear in the line length.
 */
export type JobLine =
  | { kind: 'blank' }
  | { kind: 'heading'; target: SectionTarget | null; text: string; value: string; markdownLevel: number }
  | { kind: 'bullet'; text: string; label?: { target: SectionTarget; value: string } }
  | { kind: 'text'; text: string };

/** Fields whose answer is one short line: a "Location: London" label does not open a section. */
export const SCALAR_TARGETS: ReadonlySet<SectionTarget> = new Set<SectionTarget>([
  'title', 'client', 'location', 'salary', 'reportingLine', 'team', 'experienceLevel', 'timeline', 'subject', 'ignore',
]);

const MARKDOWN_HEADING = /^(#{1,6})\s+(.*?)[\s#]*$/;
const BOLD_LINE = /^(\*\*|__)([^*_]{1,80})(?:\*\*|__)\s*:?\s*(.*)$/;
const BULLET = /^(?:[-*•·▪◦‣–—+>]|\d{1,3}[.)]|[a-z][.)]|[A-Z]\)|\(\w{1,3}\))\s+(.*)$/;
const LABEL_VALUE = /^([^:]{2,40}):\s+(\S.*)$/;
const COLON_HEADING = /^([^:]{2,60}):$/;
const MAX_HEADING_WORDS = 8;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function heading(target: SectionTarget | null, text: string, value = '', markdownLevel = 0): JobLine {
  return { kind: 'heading', target, text: text.trim(), value: value.trim(), markdownLevel };
}

function isAllCaps(line: string): boolean {
  if (line.length < 3 || line.length > 60 || /[a-z]/.test(line) || /[.!]$/.test(line)) return false;
  return (line.match(/[A-Z]/g) ?? []).length >= 3 && wordCount(line) <= MAX_HEADING_WORDS;
}

function labelValue(line: string): { target: SectionTarget; label: string; value: string } | null {
  const match = LABEL_VALUE.exec(line);
  if (!match?.[1] || !match[2]) return null;
  const target = headingTarget(match[1], { strict: true, inline: true });
  return target ? { target, label: match[1], value: match[2] } : null;
}

export function classifyLine(raw: string): JobLine {
  const line = raw.trim();
  if (line === '') return { kind: 'blank' };

  const markdown = MARKDOWN_HEADING.exec(line);
  if (markdown?.[1] && markdown[2] !== undefined) {
    return heading(headingTarget(markdown[2], { strict: false, inline: false }), markdown[2], '', markdown[1].length);
  }
  const bold = BOLD_LINE.exec(line);
  if (bold?.[2] !== undefined) {
    const rest = bold[3] ?? '';
    if (rest === '') return heading(headingTarget(bold[2], { strict: false, inline: false }), bold[2]);
    const target = headingTarget(bold[2], { strict: true, inline: true });
    if (target) return heading(target, bold[2], rest);
  }
  const bullet = BULLET.exec(line);
  if (bullet?.[1] !== undefined) {
    const text = bullet[1].trim();
    const label = labelValue(text);
    // Only one-line facts inside a bullet ("• Salary: £60k"); "• Experience: …" stays an item of its list.
    return label && SCALAR_TARGETS.has(label.target)
      ? { kind: 'bullet', text, label: { target: label.target, value: label.value } }
      : { kind: 'bullet', text };
  }
  if (isAllCaps(line)) {
    const target = headingTarget(line, { strict: false, inline: false });
    if (target || wordCount(line) >= 2) return heading(target, line);
  }
  const colon = COLON_HEADING.exec(line);
  if (colon?.[1] && wordCount(colon[1]) <= MAX_HEADING_WORDS) {
    return heading(headingTarget(colon[1], { strict: false, inline: false }), colon[1]);
  }
  const label = labelValue(line);
  if (label) return heading(label.target, label.label, label.value);
  if (line.length <= 50 && wordCount(line) <= 6 && !/[.!,;]$/.test(line)) {
    const target = headingTarget(line, { strict: true, inline: false });
    if (target) return heading(target, line);
  }
  return { kind: 'text', text: line };
}
