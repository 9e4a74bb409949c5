import { describe, expect, it } from 'vitest';
import { emptyBriefContent, type BriefContent } from '@/domain/brief/fields';
import { isAssessable, qualifyBrief } from '@/domain/brief/qualification';
import { qualifiedBrief } from './sample-briefs';

type Row = [name: string, overrides: Partial<BriefContent>, fullyQualified: boolean, expectIssue: { field: string; severity: string; text?: RegExp } | null];

describe('qualifyBrief', () => {
  it('scores a fully answered brief 100 with no issues', () => {
    expect(qualifyBrief(qualifiedBrief())).toEqual({ score: 100, fullyQualified: true, issues: [] });
  });

  it.each<Row>([
    ['no title', { title: '' }, false, { field: 'title', severity: 'missing', text: /Job title is missing/ }],
    ['no client', { client: '  ' }, false, { field: 'client', severity: 'missing' }],
    ['remote role without a city is answered', { location: '', remotePolicy: 'remote' }, true, null],
    ['no location and no policy', { location: '', remotePolicy: '' }, false, { field: 'location', severity: 'missing' }],
    ['no salary', { salary: { min: null, max: null, currency: '', period: '' } }, false, { field: 'salary', severity: 'missing' }],
    ['salary min above max', { salary: { min: 90_000, max: 70_000, currency: 'GBP', period: 'year' } }, false, { field: 'salary', severity: 'missing', text: /minimum is above the maximum/ }],
    ['salary without currency', { salary: { min: 60_000, max: 70_000, currency: '', period: 'year' } }, true, { field: 'salary', severity: 'weak', text: /currency/ }],
    ['only an upper bound is an answer', { salary: { min: null, max: 75_000, currency: 'GBP', period: 'year' } }, true, null],
    ['no reporting line', { reportingLine: '' }, false, { field: 'reportingLine', severity: 'missing' }],
    ['no must-haves', { mustHaves: [] }, false, { field: 'mustHaves', severity: 'missing' }],
    ['blank must-have items do not count', { mustHaves: ['  ', ''] }, false, { field: 'mustHaves', severity: 'missing' }],
    ['seven must-haves', { mustHaves: ['Go', 'SQL', 'AWS', 'Kafka', 'Redis', 'gRPC', 'Terraform'] }, true, { field: 'mustHaves', severity: 'weak', text: /7 must-haves/ }],
    ['six must-haves is fine', { mustHaves: ['Go', 'SQL', 'AWS', 'Docker', 'Redis', 'gRPC'] }, true, null],
    ['vague must-have', { mustHaves: ['Go', 'Good attitude'] }, true, { field: 'mustHaves', severity: 'weak', text: /"Good attitude" cannot be assessed/ }],
    ['rockstar', { mustHaves: ['Rockstar developer'] }, true, { field: 'mustHaves', severity: 'weak', text: /Rockstar/ }],
    ['passionate', { mustHaves: ['Passionate about payments'] }, true, { field: 'mustHaves', severity: 'weak' }],
    ['team player with evidence is assessable', { mustHaves: ['Team player: has led a cross-team incident review'] }, true, null],
    ['no success measure at all', { success6Months: '', success12Months: '' }, false, { field: 'success6Months', severity: 'missing', text: /No success measure/ }],
    ['12-month measure alone is enough', { success6Months: '' }, true, null],
    ['purpose too short', { purpose: 'Backend dev.' }, true, { field: 'purpose', severity: 'weak', text: /too short/ }],
    ['no purpose', { purpose: '' }, false, { field: 'purpose', severity: 'missing' }],
    ['experience by years only', { experienceLevel: '', experienceYears: 4 }, true, null],
    ['no experience at all', { experienceLevel: '', experienceYears: null }, false, { field: 'experienceLevel', severity: 'missing' }],
    ['unrealistic years', { experienceYears: 55 }, true, { field: 'experienceYears', severity: 'weak' }],
    ['no interview process', { interviewProcess: '' }, false, { field: 'interviewProcess', severity: 'missing' }],
    ['urgency alone answers the timeline', { timeline: '', urgency: 'normal' }, true, null],
    ['no deal-breakers', { dealBreakers: [] }, true, { field: 'dealBreakers', severity: 'weak', text: /deal-breakers/ }],
    ['must-have also a nice-to-have', { niceToHaves: ['kubernetes'] }, true, { field: 'niceToHaves', severity: 'weak', text: /both/ }],
    ['single responsibility', { responsibilities: ['Build things'] }, true, { field: 'responsibilities', severity: 'weak' }],
  ])('%s', (_name, overrides, fullyQualified, expectIssue) => {
    const result = qualifyBrief(qualifiedBrief(overrides));
    expect(result.fullyQualified).toBe(fullyQualified);
    if (expectIssue === null) {
      expect(result.issues).toEqual([]);
      return;
    }
    const issue = result.issues.find((i) => i.field === expectIssue.field && i.severity === expectIssue.severity);
    expect(issue, JSON.stringify(result.issues)).toBeDefined();
    if (expectIssue.text) expect(issue?.message).toMatch(expectIssue.text);
    expect(result.score).toBeLessThan(100);
  });

  it('an empty brief scores 0 and lists every essential field as missing', () => {
    const result = qualifyBrief(emptyBriefContent());
    expect(result.score).toBe(0);
    expect(result.fullyQualified).toBe(false);
    const missing = result.issues.filter((i) => i.severity === 'missing').map((i) => i.field);
    expect(missing).toEqual([
      'title', 'client', 'location', 'salary', 'reportingLine', 'purpose', 'responsibilities', 'mustHaves',
      'experienceLevel', 'success6Months', 'interviewProcess', 'timeline',
    ]);
  });

  it('a missing essential field costs more than a missing optional one', () => {
    const withoutEssential = qualifyBrief(qualifiedBrief({ reportingLine: '' })).score;
    const withoutOptional = qualifyBrief(qualifiedBrief({ team: '' })).score;
    expect(withoutEssential).toBeLessThan(withoutOptional);
    expect(withoutOptional).toBeLessThan(100);
  });

  it('every issue message is a full sentence for the recruiter', () => {
    for (const issue of qualifyBrief(emptyBriefContent()).issues) expect(issue.message).toMatch(/^[A-Z"].{10,}[.?]$/);
  });
});

describe('isAssessable', () => {
  it.each([
    ['Go', true],
    ['5+ years of PostgreSQL', true],
    ['Good communication skills', false],
    ['Excellent communication skills, e.g. has presented to a board', true],
    ['Self-starter', false],
    ['Data-driven product decisions', true],
    ['Attention to detail (zero audit findings last year)', true],
  ])('%s → %s', (text, expected) => {
    expect(isAssessable(text)).toBe(expected);
  });
});
