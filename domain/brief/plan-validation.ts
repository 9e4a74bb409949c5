import { isIsoDate, isWeekend, formatLongDate } from './dates';
import { LINKEDIN_MAX_QUERY } from './boolean-search';
import type { RecruitmentPlan } from './plan';

/**
 * Checks a plan before it goes to the client: a plan that promises a
 * shortlist with nobody on it, or interviews before the shortlist, costs
 * more credibility than no plan at all.
 */

export interface PlanIssue {
  field: string;
  severity: 'error' | 'warning';
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
  const error = (field: string, message: string) => issues.push({ field, severity: 'error', message });
  const { shortlistBy, interviewsBy, decisionBy } = plan.dates;
  for (const key of ['shortlistBy', 'interviewsBy', 'decisionBy'] as const) {
    const value = plan.dates[key];
    if (value === undefined && key === 'decisionBy') continue;
    if (!isIsoDate(value)) {
      error(`dates.${key}`, `Set a valid ${DATE_LABELS[key]} date.`);
      continue;
    }
    if (isWeekend(value)) issues.push({ field: `dates.${key}`, severity: 'warning', message: `${DATE_LABELS[key]} falls on a weekend (${formatLongDate(value)}).` });
    if (today && plan.status === 'draft' && value < today) error(`dates.${key}`, `${DATE_LABELS[key]} (${formatLongDate(value)}) has already passed.`);
  }
  if (isIsoDate(shortlistBy) && isIsoDate(interviewsBy) && interviewsBy < shortlistBy) {
    error('dates.interviewsBy', 'Interviews cannot be done before the shortlist is sent: move the interview date later.');
  }
  if (decisionBy !== undefined && isIsoDate(decisionBy) && isIsoDate(interviewsBy) && decisionBy < interviewsBy) {
    error('dates.decisionBy', 'The decision cannot come before the interviews: move the decision date later.');
  }
  return issues;
}

function contentIssues(plan: RecruitmentPlan, names: Readonly<Record<string, string>>): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const needsShortlist = plan.kind === 'shortlist' || plan.kind === 'both';
  const needsSourcing = plan.kind === 'sourcing' || plan.kind === 'both';
  if (needsShortlist && plan.shortlist.length === 0) {
    issues.push({ field: 'shortlist', severity: 'error', message: 'Add at least one candidate to the shortlist, or make this a sourcing plan.' });
  }
  const seen = new Set<string>();
  for (const entry of plan.shortlist) {
    const name = names[entry.candidateKey] ?? entry.candidateKey;
    if (seen.has(entry.candidateKey)) issues.push({ field: 'shortlist', severity: 'error', message: `${name} is on the shortlist twice.` });
    seen.add(entry.candidateKey);
    if (entry.reason.trim() === '') issues.push({ field: 'shortlist', severity: 'warning', message: `Say why ${name} fits the revised brief: the client will ask.` });
  }
  const { targetTitles, booleanString } = plan.sourcing;
  if (needsSourcing && targetTitles.every((t) => t.trim() === '') && booleanString.trim() === '') {
    issues.push({ field: 'sourcing', severity: 'error', message: 'Say who to look for: add target titles or a boolean search.' });
  }
  if (booleanString.length > LINKEDIN_MAX_QUERY) {
    issues.push({ field: 'sourcing.booleanString', severity: 'warning', message: `The boolean search is ${booleanString.length} characters; LinkedIn accepts about ${LINKEDIN_MAX_QUERY}.` });
  }
  return issues;
}

export function validatePlan(plan: RecruitmentPlan, options: PlanValidationOptions = {}): PlanValidation {
  const issues = [...contentIssues(plan, options.names ?? {}), ...dateIssues(plan, options.today)];
  if (!Number.isInteger(plan.briefVersion) || plan.briefVersion < 1) {
    issues.push({ field: 'briefVersion', severity: 'error', message: 'The plan must be built on a saved version of the brief.' });
  }
  if (plan.status === 'sent' && !plan.sentAt) {
    issues.push({ field: 'sentAt', severity: 'error', message: 'A sent plan needs the date it was sent.' });
  }
  return { valid: !issues.some((issue) => issue.severity === 'error'), issues };
}
