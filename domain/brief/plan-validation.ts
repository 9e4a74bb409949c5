import { isIsoDate, isWeekend, formatLongDate } from './dates';
import { LINKEDIN_MAX_QUERY } from './boolean-search';
import type { RecruitmentPlan } from './plan';

/**
 * Checks a plan before it goes to the client: a plan that promises a
 * shortlist with nobody on it, or interviews before the shortlist, costs
 * more credibility than no plan at all.
 */

/** What kind of issue it is, so a view can word it in the recruiter's language (`message` is the English). */
export type PlanIssueCode =
  | 'dateInvalid' | 'dateWeekend' | 'datePassed' | 'interviewsBeforeShortlist' | 'decisionBeforeInterviews' | 'emptyShortlist'
  | 'duplicateCandidate' | 'noReason' | 'noSourcing' | 'queryTooLong' | 'noVersion' | 'noSentDate';

export interface PlanIssue {
  field: string;
  severity: 'error' | 'warning';
  code: PlanIssueCode;
  /** What the message names: the date field's key and value, a candidate's name, a length. */
  detail?: string | number;
  date?: string;
  message: string;
}

export interface PlanValidation {
  /** No errors (warnings allowed). */
  valid: boolean;
  issues: PlanIssue[];
}

export interface PlanValidationOptions {
  /** Today, 'YYYY-MM-DD'; when given, a draft's dates must not be in the past. */
  today?: string;
  /** Candidate names by key, for readable messages. */
  names?: Readonly<Record<string, string>>;
}

const DATE_LABELS = { shortlistBy: "'Shortlist by'", interviewsBy: "'Interviews by'", decisionBy: "'Decision by'" } as const;

function dateIssues(plan: RecruitmentPlan, today: string | undefined): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const error = (field: string, code: PlanIssueCode, message: string, extra: Pick<PlanIssue, 'detail' | 'date'> = {}) =>
    issues.push({ field, severity: 'error', code, ...extra, message });
  const { shortlistBy, interviewsBy, decisionBy } = plan.dates;
  for (const key of ['shortlistBy', 'interviewsBy', 'decisionBy'] as const) {
    const value = plan.dates[key];
    if (value === undefined && key === 'decisionBy') continue;
    if (!isIsoDate(value)) {
      error(`dates.${key}`, 'dateInvalid', `Set a valid ${DATE_LABELS[key]} date.`, { detail: key });
      continue;
    }
    if (isWeekend(value)) issues.push({ field: `dates.${key}`, severity: 'warning', code: 'dateWeekend', detail: key, date: value, message: `${DATE_LABELS[key]} falls on a weekend (${formatLongDate(value)}).` });
    if (today && plan.status === 'draft' && value < today) error(`dates.${key}`, 'datePassed', `${DATE_LABELS[key]} (${formatLongDate(value)}) has already passed.`, { detail: key, date: value });
  }
  if (isIsoDate(shortlistBy) && isIsoDate(interviewsBy) && interviewsBy < shortlistBy) {
    error('dates.interviewsBy', 'interviewsBeforeShortlist', 'Interviews cannot be done before the shortlist is sent: move the interview date later.');
  }
  if (decisionBy !== undefined && isIsoDate(decisionBy) && isIsoDate(interviewsBy) && decisionBy < interviewsBy) {
    error('dates.decisionBy', 'decisionBeforeInterviews', 'The decision cannot come before the interviews: move the decision date later.');
  }
  return issues;
}

function contentIssues(plan: RecruitmentPlan, names: Readonly<Record<string, string>>): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const needsShortlist = plan.kind === 'shortlist' || plan.kind === 'both';
  const needsSourcing = plan.kind === 'sourcing' || plan.kind === 'both';
  if (needsShortlist && plan.shortlist.length === 0) {
    issues.push({ field: 'shortlist', severity: 'error', code: 'emptyShortlist', message: 'Add at least one candidate to the shortlist, or make this a sourcing plan.' });
  }
  const seen = new Set<string>();
  for (const entry of plan.shortlist) {
    const name = names[entry.candidateKey] ?? entry.candidateKey;
    if (seen.has(entry.candidateKey)) issues.push({ field: 'shortlist', severity: 'error', code: 'duplicateCandidate', detail: name, message: `${name} is on the shortlist twice.` });
    seen.add(entry.candidateKey);
    if (entry.reason.trim() === '') issues.push({ field: 'shortlist', severity: 'warning', code: 'noReason', detail: name, message: `Say why ${name} fits the revised brief: the client will ask.` });
  }
  const { targetTitles, booleanString } = plan.sourcing;
  if (needsSourcing && targetTitles.every((t) => t.trim() === '') && booleanString.trim() === '') {
    issues.push({ field: 'sourcing', severity: 'error', code: 'noSourcing', message: 'Say who to look for: add target titles or a boolean search.' });
  }
  if (booleanString.length > LINKEDIN_MAX_QUERY) {
    issues.push({ field: 'sourcing.booleanString', severity: 'warning', code: 'queryTooLong', detail: booleanString.length, message: `The boolean search is ${booleanString.length} characters; LinkedIn accepts about ${LINKEDIN_MAX_QUERY}.` });
  }
  return issues;
}

export function validatePlan(plan: RecruitmentPlan, options: PlanValidationOptions = {}): PlanValidation {
  const issues = [...contentIssues(plan, options.names ?? {}), ...dateIssues(plan, options.today)];
  if (!Number.isInteger(plan.briefVersion) || plan.briefVersion < 1) {
    issues.push({ field: 'briefVersion', severity: 'error', code: 'noVersion', message: 'The plan must be built on a saved version of the brief.' });
  }
  if (plan.status === 'sent' && !plan.sentAt) {
    issues.push({ field: 'sentAt', severity: 'error', code: 'noSentDate', message: 'A sent plan needs the date it was sent.' });
  }
  return { valid: !issues.some((issue) => issue.severity === 'error'), issues };
}
