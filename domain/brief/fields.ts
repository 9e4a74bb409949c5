/**
 * The brief: a job description and a person specification as structured
 * fields. Plain, serialisable data; every other module in this folder reads
 * the field catalogue below instead of hard-coding field names, so adding a
 * field means touching one place.
 */

export type RemotePolicy = 'onsite' | 'hybrid' | 'remote' | '';
export type SalaryPeriod = 'year' | 'month' | 'day' | 'hour' | '';
export type ExperienceLevel = 'junior' | 'mid' | 'senior' | 'lead' | 'principal' | 'executive' | '';
/** How fast the client needs the hire; drives the proposed plan dates. */
export type Urgency = 'low' | 'normal' | 'high' | '';

export interface SalaryRange {
  /** Whole currency units (60000, not "60k"); null when not given. */
  min: number | null;
  max: number | null;
  /** ISO 4217 code (GBP, USD, EUR…) or '' when unknown. */
  currency: string;
  period: SalaryPeriod;
}

export interface BriefContent {
  title: string;
  client: string;
  location: string;
  remotePolicy: RemotePolicy;
  salary: SalaryRange;
  reportingLine: string;
  team: string;
  purpose: string;
  responsibilities: string[];
  mustHaves: string[];
  niceToHaves: string[];
  experienceLevel: ExperienceLevel;
  experienceYears: number | null;
  qualifications: string[];
  personality: string;
  dealBreakers: string[];
  success6Months: string;
  success12Months: string;
  interviewProcess: string;
  timeline: string;
  urgency: Urgency;
  whyJoin: string;
}

export type BriefFieldKey = keyof BriefContent;
export type FieldKind = 'text' | 'list' | 'salary' | 'choice' | 'number';
/** Job description (the role) or person specification (who fits it). */
export type FieldSection = 'role' | 'person' | 'process';

export interface FieldSpec {
  key: BriefFieldKey;
  label: string;
  kind: FieldKind;
  section: FieldSection;
  /** A brief is fully qualified only when every essential field is answered. */
  essential: boolean;
  /** The field also counts as answered when one of these is (a remote role needs no city). */
  answeredWith?: readonly BriefFieldKey[];
  /** The question to put to the client when the field is empty. */
  question: string;
}

export const BRIEF_FIELDS: readonly FieldSpec[] = [
  { key: 'title', label: 'Job title', kind: 'text', section: 'role', essential: true, question: 'What is the exact job title, and what would the person call themselves today?' },
  { key: 'client', label: 'Client', kind: 'text', section: 'role', essential: true, question: 'Which company and business unit is hiring?' },
  { key: 'location', label: 'Location', kind: 'text', section: 'role', essential: true, answeredWith: ['remotePolicy'], question: 'Where will they work, and how many days in the office?' },
  { key: 'remotePolicy', label: 'Remote policy', kind: 'choice', section: 'role', essential: false, question: 'On-site, hybrid or remote?' },
  { key: 'salary', label: 'Salary', kind: 'salary', section: 'role', essential: true, question: 'What is the salary range, and is there flexibility for the right person?' },
  { key: 'reportingLine', label: 'Reporting line', kind: 'text', section: 'role', essential: true, question: 'Who will they report to?' },
  { key: 'team', label: 'Team', kind: 'text', section: 'role', essential: false, question: 'Which team will they join, and how big is it?' },
  { key: 'purpose', label: 'Purpose of the role', kind: 'text', section: 'role', essential: true, question: 'Why does this role exist, and what problem will this person solve?' },
  { key: 'responsibilities', label: 'Key responsibilities', kind: 'list', section: 'role', essential: true, question: 'What will they actually do, week to week?' },
  { key: 'mustHaves', label: 'Must-have skills', kind: 'list', section: 'person', essential: true, question: 'Which skills would you reject a candidate for not having?' },
  { key: 'niceToHaves', label: 'Nice-to-have skills', kind: 'list', section: 'person', essential: false, question: 'Which skills are a bonus but not required?' },
  { key: 'experienceLevel', label: 'Experience level', kind: 'choice', section: 'person', essential: true, answeredWith: ['experienceYears'], question: 'What level of seniority, and roughly how many years of experience?' },
  { key: 'experienceYears', label: 'Years of experience', kind: 'number', section: 'person', essential: false, question: 'How many years of relevant experience?' },
  { key: 'qualifications', label: 'Qualifications', kind: 'list', section: 'person', essential: false, question: 'Are any degrees, certifications or licences required?' },
  { key: 'personality', label: 'Personality and culture', kind: 'text', section: 'person', essential: false, question: 'Who thrives in this team, and who has not?' },
  { key: 'dealBreakers', label: 'Deal-breakers', kind: 'list', section: 'person', essential: false, question: 'What would make you reject a candidate outright?' },
  { key: 'success6Months', label: 'Success at 6 months', kind: 'text', section: 'role', essential: true, answeredWith: ['success12Months'], question: 'What will this person have achieved after 6 months for you to call the hire a success?' },
  { key: 'success12Months', label: 'Success at 12 months', kind: 'text', section: 'role', essential: false, question: 'And after 12 months?' },
  { key: 'interviewProcess', label: 'Interview process', kind: 'text', section: 'process', essential: true, question: 'What are the interview stages, who is in each, and what does each assess?' },
  { key: 'timeline', label: 'Timeline and urgency', kind: 'text', section: 'process', essential: true, answeredWith: ['urgency'], question: 'When must the person start, and what happens if the seat stays empty?' },
  { key: 'urgency', label: 'Urgency', kind: 'choice', section: 'process', essential: false, question: 'How urgent is the hire?' },
  { key: 'whyJoin', label: 'Why someone would join', kind: 'text', section: 'role', essential: false, question: 'Why would a good candidate leave their current job for this one?' },
];

const SPEC_BY_KEY = new Map(BRIEF_FIELDS.map((spec) => [spec.key, spec]));

export function fieldSpec(key: BriefFieldKey): FieldSpec {
  const spec = SPEC_BY_KEY.get(key);
  if (!spec) throw new RangeError(`Unknown brief field: ${String(key)}`);
  return spec;
}

export function fieldLabel(key: BriefFieldKey): string {
  return fieldSpec(key).label;
}

export type ListFieldKey = {
  [K in BriefFieldKey]: BriefContent[K] extends string[] ? K : never;
}[BriefFieldKey];

export const LIST_FIELDS = BRIEF_FIELDS.filter((spec) => spec.kind === 'list').map((spec) => spec.key) as ListFieldKey[];

export const CHOICE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  remotePolicy: { onsite: 'On-site', hybrid: 'Hybrid', remote: 'Remote' },
  experienceLevel: { junior: 'Junior', mid: 'Mid-level', senior: 'Senior', lead: 'Lead', principal: 'Principal', executive: 'Executive' },
  urgency: { low: 'Low', normal: 'Normal', high: 'High' },
};

export function emptySalary(): SalaryRange {
  return { min: null, max: null, currency: '', period: '' };
}

export function emptyBriefContent(): BriefContent {
  return {
    title: '', client: '', location: '', remotePolicy: '', salary: emptySalary(),
    reportingLine: '', team: '', purpose: '', responsibilities: [], mustHaves: [],
    niceToHaves: [], experienceLevel: '', experienceYears: null, qualifications: [],
    personality: '', dealBreakers: [], success6Months: '', success12Months: '',
    interviewProcess: '', timeline: '', urgency: '', whyJoin: '',
  };
}

/**
 * Fills every missing field with its empty value and copies arrays, so a
 * partial (parsed text, a record stored by an older version) becomes a full,
 * independent BriefContent.
 */
export function withDefaults(partial: Partial<BriefContent>): BriefContent {
  const base = emptyBriefContent();
  const merged = { ...base, ...partial, salary: { ...base.salary, ...partial.salary } };
  for (const key of LIST_FIELDS) merged[key] = [...(partial[key] ?? [])];
  return merged;
}

export function cloneBriefContent(content: BriefContent): BriefContent {
  return withDefaults(content);
}

function hasOwnAnswer(content: BriefContent, key: BriefFieldKey): boolean {
  const value = content[key];
  if (Array.isArray(value)) return value.some((item) => item.trim() !== '');
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (value && typeof value === 'object') return value.min !== null || value.max !== null;
  return false;
}

/** True when the field, or one of the fields that can stand in for it, has a value. */
export function isFieldAnswered(content: BriefContent, key: BriefFieldKey): boolean {
  if (hasOwnAnswer(content, key)) return true;
  return (fieldSpec(key).answeredWith ?? []).some((other) => hasOwnAnswer(content, other));
}
