import { BRIEF_FIELDS, fieldSpec, isFieldAnswered, type BriefContent, type BriefFieldKey } from './fields';
import { itemKey } from './text-match';

/**
 * Is the brief fully qualified? A bad interview is often a brief that never
 * was: this check names what is missing or too vague to recruit against, so
 * the recruiter knows which questions to put back to the client.
 */

export type QualificationSeverity = 'missing' | 'weak';

/** What kind of issue it is, so a view can word it in the recruiter's language (`message` is the English). */
export type QualificationCode =
  | 'missing' | 'noSuccessMeasure' | 'salaryInverted' | 'salaryNoCurrency' | 'tooManyMustHaves' | 'vagueMustHave'
  | 'mustAndNice' | 'purposeShort' | 'oneResponsibility' | 'unrealisticYears' | 'noDealBreakers';

export interface QualificationIssue {
  field: BriefFieldKey;
  severity: QualificationSeverity;
  code: QualificationCode;
  /** The item or number the message names, when it names one. */
  detail?: string | number;
  message: string;
}

export interface Qualification {
  /** 0–100; 100 means every field answered and nothing weak. */
  score: number;
  /** Every essential field answered, and answered usably (no 'missing' issue). */
  fullyQualified: boolean;
  issues: QualificationIssue[];
}

/** More than this many must-haves and almost nobody on the market matches. */
export const MAX_MUST_HAVES = 6;
const MIN_PURPOSE_WORDS = 8;

/** Traits an interviewer cannot test as written; they need a concrete behaviour or evidence. */
const VAGUE_TRAITS = [
  'good attitude', 'positive attitude', 'great attitude', 'can-do', 'can do attitude', 'rockstar', 'rock star', 'ninja', 'guru',
  'wizard', 'superstar', 'passionate', 'passion', 'team player', 'self-starter', 'self starter', 'go-getter', 'hard-working',
  'hard working', 'hardworking', 'motivated', 'self-motivated', 'proactive', 'enthusiastic', 'hungry', 'culture fit',
  'good fit', 'people person', 'work ethic', 'fast learner', 'quick learner', 'detail-oriented', 'detail oriented',
  'attention to detail', 'good communication', 'excellent communication', 'communication skills', 'results-driven',
  'results driven', 'think outside the box', 'high energy', 'go the extra mile',
];
const VAGUE_PATTERN = new RegExp(`\\b(?:${VAGUE_TRAITS.map((t) => t.replace(/[-\s]/g, '[-\\s]?')).join('|')})\\b`, 'i');
/** Signs the trait has been made assessable: a number, an example, an observable outcome. */
const EVIDENCE_PATTERN = /\d|\be\.?g\.?\b|\bsuch as\b|\bfor example\b|\bshown by\b|\bevidenced\b|\bdemonstrated\b|\btrack record\b|\bhas (?:led|built|shipped|delivered|run|managed)\b|\(.+\)|:\s*\S/i;

export function isAssessable(mustHave: string): boolean {
  return !VAGUE_PATTERN.test(mustHave) || EVIDENCE_PATTERN.test(mustHave);
}

function salaryIssues(content: BriefContent): QualificationIssue[] {
  const { min, max, currency } = content.salary;
  if (min !== null && max !== null && min > max) {
    return [{ field: 'salary', severity: 'missing', code: 'salaryInverted', message: 'Salary minimum is above the maximum: confirm the range with the client.' }];
  }
  if ((min !== null || max !== null) && currency === '') {
    return [{ field: 'salary', severity: 'weak', code: 'salaryNoCurrency', message: 'Salary has no currency.' }];
  }
  return [];
}

function mustHaveIssues(content: BriefContent): QualificationIssue[] {
  const issues: QualificationIssue[] = [];
  const mustHaves = content.mustHaves.filter((item) => item.trim() !== '');
  if (mustHaves.length > MAX_MUST_HAVES) {
    issues.push({
      field: 'mustHaves', severity: 'weak', code: 'tooManyMustHaves', detail: mustHaves.length,
      message: `${mustHaves.length} must-haves: few people match more than ${MAX_MUST_HAVES}. Ask which could be nice-to-haves.`,
    });
  }
  for (const item of mustHaves) {
    if (!isAssessable(item)) {
      issues.push({
        field: 'mustHaves', severity: 'weak', code: 'vagueMustHave', detail: item.trim(),
        message: `"${item.trim()}" cannot be assessed in an interview as written: ask what it would look like in practice.`,
      });
    }
  }
  const niceKeys = new Set(content.niceToHaves.map(itemKey));
  for (const item of mustHaves) {
    if (niceKeys.has(itemKey(item))) {
      issues.push({ field: 'niceToHaves', severity: 'weak', code: 'mustAndNice', detail: item.trim(), message: `"${item.trim()}" is both a must-have and a nice-to-have.` });
    }
  }
  return issues;
}

function otherWeakIssues(content: BriefContent): QualificationIssue[] {
  const issues: QualificationIssue[] = [];
  const purposeWords = content.purpose.trim().split(/\s+/).filter(Boolean).length;
  if (purposeWords > 0 && purposeWords < MIN_PURPOSE_WORDS) {
    issues.push({ field: 'purpose', severity: 'weak', code: 'purposeShort', message: 'Purpose of the role is too short to brief a candidate: say what problem this hire solves.' });
  }
  const responsibilities = content.responsibilities.filter((item) => item.trim() !== '');
  if (responsibilities.length === 1) {
    issues.push({ field: 'responsibilities', severity: 'weak', code: 'oneResponsibility', message: 'Only one key responsibility: list the main things this person will do.' });
  }
  const years = content.experienceYears;
  if (years !== null && (years < 0 || years > 40)) {
    issues.push({ field: 'experienceYears', severity: 'weak', code: 'unrealisticYears', detail: years, message: `${years} years of experience is not a realistic requirement.` });
  }
  if (content.dealBreakers.every((item) => item.trim() === '')) {
    issues.push({ field: 'dealBreakers', severity: 'weak', code: 'noDealBreakers', message: 'No deal-breakers recorded: ask what would make the client reject a candidate outright.' });
  }
  return issues;
}

function missingIssue(key: BriefFieldKey): QualificationIssue {
  const spec = fieldSpec(key);
  return key === 'success6Months'
    ? { field: key, severity: 'missing', code: 'noSuccessMeasure', message: `No success measure: ${spec.question}` }
    : { field: key, severity: 'missing', code: 'missing', message: `${spec.label} is missing: ${spec.question}` };
}

const ESSENTIAL_WEIGHT = 3;
const OPTIONAL_WEIGHT = 1;

/**
 * Score rule: each essential field is worth 3 points, every other field 1;
 * an answered field earns its points, half of them if it has a weak issue,
 * none if it is missing. The score is the share earned, rounded.
 */
export function qualifyBrief(content: BriefContent): Qualification {
  const issues: QualificationIssue[] = [];
  for (const spec of BRIEF_FIELDS) {
    if (spec.essential && !isFieldAnswered(content, spec.key)) issues.push(missingIssue(spec.key));
  }
  issues.push(...salaryIssues(content), ...mustHaveIssues(content), ...otherWeakIssues(content));

  let earned = 0;
  let total = 0;
  for (const spec of BRIEF_FIELDS) {
    const weight = spec.essential ? ESSENTIAL_WEIGHT : OPTIONAL_WEIGHT;
    total += weight;
    const own = issues.filter((issue) => issue.field === spec.key);
    if (!isFieldAnswered(content, spec.key) || own.some((issue) => issue.severity === 'missing')) continue;
    earned += own.length > 0 ? weight / 2 : weight;
  }
  return {
    score: Math.round((100 * earned) / total),
    fullyQualified: !issues.some((issue) => issue.severity === 'missing'),
    issues,
  };
}
