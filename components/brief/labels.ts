/**
 * The brief's words in the recruiter's language. The domain (domain/brief)
 * names fields, choices and issues by id and keeps English text for the
 * client summary and the tests; the views show these messages instead.
 */
import {
  formatFieldValue, formatLongDate, isIsoDate, LINKEDIN_MAX_QUERY, MAX_MUST_HAVES, withDefaults,
  type BriefFieldKey, type BriefStatus, type FieldSection, type PlanDates, type PlanIssue, type PlanKind, type QualificationIssue, type SalaryPeriod,
} from '@/domain/brief';
import { formatNumber, t, tCount, uiLocale, type MessageKey } from '../i18n';

export const FIELD_LABELS: Readonly<Record<BriefFieldKey, MessageKey>> = {
  title: 'briefFieldTitle', client: 'briefFieldClient', location: 'briefFieldLocation', remotePolicy: 'briefFieldRemotePolicy',
  salary: 'briefFieldSalary', reportingLine: 'briefFieldReportingLine', team: 'briefFieldTeam', purpose: 'briefFieldPurpose',
  responsibilities: 'briefFieldResponsibilities', mustHaves: 'briefFieldMustHaves', niceToHaves: 'briefFieldNiceToHaves',
  experienceLevel: 'briefFieldExperienceLevel', experienceYears: 'briefFieldExperienceYears', qualifications: 'briefFieldQualifications',
  personality: 'briefFieldPersonality', dealBreakers: 'briefFieldDealBreakers', success6Months: 'briefFieldSuccess6Months',
  success12Months: 'briefFieldSuccess12Months', interviewProcess: 'briefFieldInterviewProcess', timeline: 'briefFieldTimeline',
  urgency: 'briefFieldUrgency', whyJoin: 'briefFieldWhyJoin',
};

/** The question to put to the client when the field is empty. */
const FIELD_QUESTIONS: Readonly<Record<BriefFieldKey, MessageKey>> = {
  title: 'briefAskTitle', client: 'briefAskClient', location: 'briefAskLocation', remotePolicy: 'briefAskRemotePolicy',
  salary: 'briefAskSalary', reportingLine: 'briefAskReportingLine', team: 'briefAskTeam', purpose: 'briefAskPurpose',
  responsibilities: 'briefAskResponsibilities', mustHaves: 'briefAskMustHaves', niceToHaves: 'briefAskNiceToHaves',
  experienceLevel: 'briefAskExperienceLevel', experienceYears: 'briefAskExperienceYears', qualifications: 'briefAskQualifications',
  personality: 'briefAskPersonality', dealBreakers: 'briefAskDealBreakers', success6Months: 'briefAskSuccess6Months',
  success12Months: 'briefAskSuccess12Months', interviewProcess: 'briefAskInterviewProcess', timeline: 'briefAskTimeline',
  urgency: 'briefAskUrgency', whyJoin: 'briefAskWhyJoin',
};

export const fieldLabelText = (key: BriefFieldKey) => t(FIELD_LABELS[key]);
export const fieldQuestionText = (key: BriefFieldKey) => t(FIELD_QUESTIONS[key]);

/** Options of the choice fields, by field and value. */
export const CHOICE_OPTIONS: Readonly<Partial<Record<BriefFieldKey, Readonly<Record<string, MessageKey>>>>> = {
  remotePolicy: { onsite: 'briefRemoteOnsite', hybrid: 'briefRemoteHybrid', remote: 'briefRemoteRemote' },
  experienceLevel: {
    junior: 'briefLevelJunior', mid: 'briefLevelMid', senior: 'briefLevelSenior', lead: 'briefLevelLead',
    principal: 'briefLevelPrincipal', executive: 'briefLevelExecutive',
  },
  urgency: { low: 'briefUrgencyLow', normal: 'briefUrgencyNormal', high: 'briefUrgencyHigh' },
};

/** The three parts of a brief, in the order a recruiter takes it from the client. */
export const SECTIONS: readonly { id: FieldSection; title: MessageKey; hint: MessageKey }[] = [
  { id: 'role', title: 'briefSectionRole', hint: 'briefSectionRoleHint' },
  { id: 'person', title: 'briefSectionPerson', hint: 'briefSectionPersonHint' },
  { id: 'process', title: 'briefSectionProcess', hint: 'briefSectionProcessHint' },
];

export const STATUS_LABELS: Readonly<Record<BriefStatus, MessageKey>> = {
  open: 'briefStatusOpen', 'on-hold': 'briefStatusOnHold', filled: 'briefStatusFilled', closed: 'briefStatusClosed',
};

export const SALARY_PERIODS: readonly { value: SalaryPeriod; label: MessageKey }[] = [
  { value: '', label: 'briefNotSet' },
  { value: 'year', label: 'briefSalaryPerYear' },
  { value: 'month', label: 'briefSalaryPerMonth' },
  { value: 'day', label: 'briefSalaryPerDay' },
  { value: 'hour', label: 'briefSalaryPerHour' },
];

export const PLAN_KINDS: readonly { value: PlanKind; label: MessageKey; hint: MessageKey }[] = [
  { value: 'shortlist', label: 'planKindShortlist', hint: 'planKindShortlistHint' },
  { value: 'sourcing', label: 'planKindSourcing', hint: 'planKindSourcingHint' },
  { value: 'both', label: 'planKindBoth', hint: 'planKindBothHint' },
];

export const DATE_LABELS: Readonly<Record<keyof PlanDates, MessageKey>> = {
  shortlistBy: 'planShortlistBy', interviewsBy: 'planInterviewsBy', decisionBy: 'planDecisionBy',
};

/** A field's value in words ("£80k–£95k per year", "Figma; User research"); choices in the UI language. */
export function fieldValueText(key: BriefFieldKey, value: unknown): string {
  const option = typeof value === 'string' ? CHOICE_OPTIONS[key]?.[value] : undefined;
  if (option) return t(option);
  if (key === 'experienceYears' && typeof value === 'number') return tCount('briefYearsOne', 'briefYearsOther', value);
  return formatFieldValue(withDefaults({ [key]: value }), key);
}

/**
 * "Mon 13 Jan 2025" (unambiguous on both sides of the Atlantic) in English;
 * the browser's own long form of the date in any other language.
 */
export function longDate(date: string | undefined): string {
  if (!date || !isIsoDate(date)) return date ?? '';
  const locale = uiLocale();
  if (locale.toLowerCase().startsWith('en')) return formatLongDate(date);
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** True when the issue is a missing answer: the view then shows the question to ask. */
export const asksQuestion = (issue: QualificationIssue) => issue.code === 'missing' || issue.code === 'noSuccessMeasure';

/** A qualification issue in words: the question to ask when the field is missing, otherwise what is weak. */
export function issueText(issue: QualificationIssue): string {
  const detail = String(issue.detail ?? '');
  switch (issue.code) {
    case 'missing':
    case 'noSuccessMeasure':
      return fieldQuestionText(issue.field);
    case 'salaryInverted': return t('briefIssueSalaryInverted');
    case 'salaryNoCurrency': return t('briefIssueSalaryNoCurrency');
    case 'tooManyMustHaves': return t('briefIssueTooManyMustHaves', detail, MAX_MUST_HAVES);
    case 'vagueMustHave': return t('briefIssueVagueMustHave', detail);
    case 'mustAndNice': return t('briefIssueMustAndNice', detail);
    case 'purposeShort': return t('briefIssuePurposeShort');
    case 'oneResponsibility': return t('briefIssueOneResponsibility');
    case 'unrealisticYears': return t('briefIssueUnrealisticYears', detail);
    case 'noDealBreakers': return t('briefIssueNoDealBreakers');
    default: return issue.message;
  }
}

/** A plan check in words. */
export function planIssueText(issue: PlanIssue): string {
  const detail = String(issue.detail ?? '');
  const dateLabel = () => (detail in DATE_LABELS ? t(DATE_LABELS[detail as keyof PlanDates]) : detail);
  switch (issue.code) {
    case 'dateInvalid': return t('planIssueDateInvalid', dateLabel());
    case 'dateWeekend': return t('planIssueDateWeekend', dateLabel(), longDate(issue.date));
    case 'datePassed': return t('planIssueDatePassed', dateLabel(), longDate(issue.date));
    case 'interviewsBeforeShortlist': return t('planIssueInterviewsBeforeShortlist');
    case 'decisionBeforeInterviews': return t('planIssueDecisionBeforeInterviews');
    case 'emptyShortlist': return t('planIssueEmptyShortlist');
    case 'duplicateCandidate': return t('planIssueDuplicateCandidate', detail);
    case 'noReason': return t('planIssueNoReason', detail);
    case 'noSourcing': return t('planIssueNoSourcing');
    case 'queryTooLong': return t('planIssueQueryTooLong', formatNumber(Number(issue.detail), 0), formatNumber(LINKEDIN_MAX_QUERY, 0));
    case 'noVersion': return t('planIssueNoVersion');
    case 'noSentDate': return t('planIssueNoSentDate');
    default: return issue.message;
  }
}
