import { LIST_FIELDS } from './fields';
import { headingTarget, type SectionTarget } from './headings';
import { classifyLine, SCALAR_TARGETS } from './job-lines';
import { MAX_LINE_CHARS, MAX_LOOSE_LINES } from './parse-items';

/** What one pass over the lines collects; inference turns it into fields. */
export interface Collected {
  sections: Map<SectionTarget, string[]>;
  /** Lines under no heading, or under a heading we do not know. */
  loose: string[];
  /** Text of the first Markdown heading that names no known section (usually the job title). */
  firstUnknownHeading: string;
  /** Plain lines before the first section: where titles and "Company · City" lines live. */
  opening: string[];
  all: string[];
}

const LIST_TARGETS: ReadonlySet<SectionTarget> = new Set<SectionTarget>(LIST_FIELDS);
const MAX_INLINE_ITEM_WORDS = 7;

/** "Must haves: ACA qualified, Series B experience, fundraising" lists its items on one line. */
function splitInlineList(target: SectionTarget, value: string): string[] {
  if (!LIST_TARGETS.has(target)) return [value];
  const parts = value.split(/[,;]\s*/).map((part) => part.trim()).filter(Boolean);
  return parts.every((part) => part.split(/\s+/).length <= MAX_INLINE_ITEM_WORDS) ? parts : [value];
}

export function collect(text: string): Collected {
  const found: Collected = { sections: new Map(), loose: [], firstUnknownHeading: '', opening: [], all: [] };
  const add = (target: SectionTarget, value: string) => {
    const list = found.sections.get(target) ?? [];
    list.push(value);
    found.sections.set(target, list);
  };
  let current: SectionTarget | null = null;
  let currentHasContent = false;
  /** "Interview process: CEO, then chair" is a one-paragraph answer: the next blank line ends it. */
  let closesAtBlank = false;
  let openingDone = false;
  for (const rawLine of text.split(/\r\n?|\n/)) {
    const line = rawLine.length > MAX_LINE_CHARS ? rawLine.slice(0, MAX_LINE_CHARS) : rawLine;
    const parsed = classifyLine(line);
    // "DATA ANALYST - CLAIMS TEAM" on the first line is the title, even though "team" names a section.
    if (found.all.length === 0 && parsed.kind === 'heading' && parsed.value === '' && headingTarget(parsed.text, { strict: true, inline: false }) === null) {
      parsed.target = null;
    }
    if (parsed.kind === 'blank') {
      // A one-line fact ("Location\nLeeds") ends at the first blank line after its value.
      if (current && (closesAtBlank || SCALAR_TARGETS.has(current)) && currentHasContent) current = null;
      continue;
    }
    const plain = parsed.kind === 'heading' ? `${parsed.text} ${parsed.value}`.trim() : parsed.text;
    found.all.push(plain);
    // The title and a "Company · Place" line come before the first section, and are never bullets.
    const opensSection = parsed.kind === 'heading' && parsed.target !== null && parsed.value === '';
    if (opensSection) openingDone = true;
    if (!openingDone && found.opening.length < 6 && parsed.kind !== 'bullet' && !(parsed.kind === 'heading' && parsed.target)) found.opening.push(plain);
    if (parsed.kind === 'heading') {
      if (parsed.target === null && parsed.markdownLevel > 0 && found.firstUnknownHeading === '') found.firstUnknownHeading = parsed.text;
      if (parsed.value !== '' && parsed.target) {
        for (const value of splitInlineList(parsed.target, parsed.value)) add(parsed.target, value);
      }
      current = parsed.value !== '' && parsed.target && SCALAR_TARGETS.has(parsed.target) ? null : parsed.target;
      currentHasContent = parsed.value !== '';
      closesAtBlank = parsed.value !== '';
      continue;
    }
    if (parsed.kind === 'bullet' && parsed.label) {
      add(parsed.label.target, parsed.label.value);
      continue;
    }
    if (current === 'ignore') continue;
    if (current === null) {
      if (found.loose.length < MAX_LOOSE_LINES) found.loose.push(parsed.text);
      continue;
    }
    add(current, parsed.text);
    currentHasContent = true;
  }
  return found;
}

