import { cleanText } from '@/domain/text';
import type { BriefContent, ListFieldKey } from './fields';
import type { SectionTarget } from './headings';
import type { Collected } from './parse-collect';
import { MAX_ITEM_CHARS, toItems, toText } from './parse-items';
import {
  cleanSubject, type ProseKind, inferLocation, inferReportingLine, inferTeam, inferTimeline, inferTitleFromProse, isGreeting,
  leadingPitch, splitTitleAtCompany,
} from './parse-prose';
import { parseSalary, PAY_WORDS } from './salary';
import { detectExperienceLevel, detectRemotePolicy, detectUrgency, detectYears } from './signals';

/**
 * From collected sections and loose lines to brief fields. Sections win;
 * prose inference only fills what no section answered. Only fields with a
 * value are returned, so the caller can tell recognised from empty.
 */

const LIST_TARGETS: readonly ListFieldKey[] = ['responsibilities', 'mustHaves', 'niceToHaves', 'qualifications', 'dealBreakers'];
const TEXT_TARGETS = ['team', 'purpose', 'personality', 'interviewProcess', 'timeline', 'whyJoin'] as const;
const SCALAR_TEXT = ['client', 'location', 'reportingLine'] as const;
/** A LinkedIn-style "Acme Ltd · London, England (Hybrid)" line under the title. */
const DOT_LINE = /^([^·•|]{2,80})\s[·•|]\s([^·•|]{2,120})/;
const MAX_SALARY_SCAN_LINES = 3_000;
/** "Salary: Competitive" says nothing a candidate would join for. */
const NO_FIGURE = /^(?:competitive|negotiable|doe|depending on experience|tbc|tbd|market rate)\b/i;

function oneLine(lines: readonly string[] | undefined): string {
  return cleanText(lines?.find((line) => line.trim() !== '') ?? '', MAX_ITEM_CHARS);
}

const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'to', 'a', 'an', 'at', 'or']);

/** "DATA ANALYST - CLAIMS TEAM" → "Data Analyst - Claims Team"; short words like "IT" or "CTO" stay upper case. */
function tidyCapitals(title: string): string {
  if (/[a-z]/.test(title)) return title;
  return title.replace(/[A-Z][A-Z'’]*/g, (word, offset: number) => {
    const lower = word.toLowerCase();
    if (offset > 0 && SMALL_WORDS.has(lower)) return lower;
    return word.length <= 3 && !SMALL_WORDS.has(lower) ? word : word.charAt(0) + lower.slice(1);
  });
}

function inferTitle(found: Collected, get: (t: SectionTarget) => string[]): string {
  const explicit = oneLine(get('title')) || cleanSubject(oneLine(get('subject'))) || found.firstUnknownHeading;
  if (explicit) return explicit;
  const first = found.opening.find((line) => !isGreeting(line));
  if (first && /[\p{L}\p{N}]/u.test(first) && first.length <= 80 && first.split(/\s+/).length <= 10 && !/[.:!?]$/.test(first) && !DOT_LINE.test(first)) return first;
  return inferTitleFromProse(found.loose.slice(0, 20));
}

/** A benefits line that is only a pay figure ("£55k - £65k") belongs to the salary, not to why join. */
function isBareFigure(line: string): boolean {
  return line.length <= 40 && parseSalary(line) !== null && line.replace(/[£$€\d,.kK\s–—-]|to|GBP|USD|EUR|per annum|p\.?a\.?|\+/gi, '').length <= 3;
}

function inferSalary(found: Collected, get: (t: SectionTarget) => string[], content: Partial<BriefContent>): void {
  const salaryLines = [...get('salary'), ...get('whyJoin').filter(isBareFigure)];
  const extras: string[] = [];
  for (const line of salaryLines) {
    const salary = content.salary ? null : parseSalary(line, true);
    if (salary) content.salary = salary;
    else if (!NO_FIGURE.test(line)) extras.push(line);
  }
  // Benefits written under "Compensation" still belong to why someone would join.
  if (extras.length > 0) content.whyJoin = toText([...(content.whyJoin ? [content.whyJoin] : []), ...extras]);
  for (const line of found.all.slice(0, MAX_SALARY_SCAN_LINES)) {
    if (content.salary) break;
    const salary = parseSalary(line);
    if (salary && (PAY_WORDS.test(line) || (salary.min !== null && salary.max !== null && salary.min !== salary.max))) content.salary = salary;
  }
  if (!content.salary) delete content.salary;
}

/** The opening pitch of the first real paragraph under no heading, when no section gave a purpose. */
function inferPurpose(found: Collected, titleLine: string): string {
  for (const line of found.loose) {
    if (isGreeting(line) || line === titleLine || DOT_LINE.test(line)) continue;
    const pitch = leadingPitch(line);
    if (pitch.split(/\s+/).length >= 8) return toText([pitch]);
  }
  return '';
}

function splitSuccess(content: Partial<BriefContent>, lines: readonly string[]): void {
  const six = lines.filter((line) => !/\b(?:12|twelve) months\b|\b(?:first|one) year\b/i.test(line));
  const twelve = lines.filter((line) => !six.includes(line));
  if (six.length) content.success6Months = toText(six);
  if (twelve.length) content.success12Months = toText([...(content.success12Months ? [content.success12Months] : []), ...twelve]);
}

export function inferFields(found: Collected, prose: Record<ProseKind, string[]>): Partial<BriefContent> {
  const get = (target: SectionTarget) => found.sections.get(target) ?? [];
  const content: Partial<BriefContent> = {};

  const titleLine = inferTitle(found, get);
  const { title, client: clientFromTitle } = splitTitleAtCompany(titleLine);
  if (title) content.title = cleanText(tidyCapitals(title), MAX_ITEM_CHARS);

  for (const key of LIST_TARGETS) {
    const fromProse = key === 'mustHaves' || key === 'niceToHaves' || key === 'responsibilities' ? prose[key] : [];
    const items = toItems(get(key).length > 0 ? get(key) : fromProse, key !== 'responsibilities');
    if (items.length) content[key] = items;
  }
  for (const key of TEXT_TARGETS) {
    const text = toText(key === 'whyJoin' ? get(key).filter((line) => !isBareFigure(line)) : get(key));
    if (text) content[key] = text;
  }
  for (const key of SCALAR_TEXT) {
    const value = oneLine(get(key));
    if (value) content[key] = value;
  }
  if (get('success12Months').length) content.success12Months = toText(get('success12Months'));
  splitSuccess(content, get('success6Months'));

  const dotLine = found.opening.map((line) => DOT_LINE.exec(line)).find((match) => match !== null);
  content.client ??= clientFromTitle || dotLine?.[1]?.trim() || undefined;
  content.location ??= dotLine?.[2]?.replace(/\s*\((?:remote|hybrid|on-?site)\)\s*$/i, '').trim() || inferLocation(found.loose) || undefined;
  content.reportingLine ??= inferReportingLine(found.all.slice(0, 500)) || undefined;
  content.team ??= inferTeam(found.all.slice(0, 500)) || undefined;
  content.purpose ??= inferPurpose(found, titleLine) || undefined;
  content.timeline ??= inferTimeline(found.loose) || undefined;

  inferSalary(found, get, content);

  const allText = found.all.slice(0, 500).join('\n');
  const remote = detectRemotePolicy([...get('location'), ...found.opening].join('\n')) || detectRemotePolicy(allText);
  if (remote) content.remotePolicy = remote;
  const level = detectExperienceLevel(`${get('experienceLevel').join(' ')} ${content.title ?? ''}`);
  if (level) content.experienceLevel = level;
  const years = detectYears([...get('experienceLevel'), ...(content.mustHaves ?? [])].join('\n'));
  if (years !== null) content.experienceYears = years;
  const urgency = detectUrgency([...get('timeline'), allText].join('\n'));
  if (urgency) content.urgency = urgency;

  for (const key of Object.keys(content) as (keyof BriefContent)[]) {
    if (content[key] === undefined) delete content[key];
  }
  return content;
}
