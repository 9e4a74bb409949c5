import { describe, expect, it } from 'vitest';
import {
  BRIEF_FIELDS, CHOICE_LABELS, createPlan, diffBriefContent, diffSummary, emptyBriefContent, qualifyBrief, validatePlan, withDefaults,
  type BriefContent, type RecruitmentPlan,
} from '@/domain/brief';
import { diffSummaryText } from '@/components/brief/diff-text';
import { CHOICE_OPTIONS, asksQuestion, fieldLabelText, fieldQuestionText, issueText, longDate, planIssueText } from '@/components/brief/labels';
import { t } from '@/components/i18n';

/** The views word the domain's ids through i18n; in English they must say exactly what the domain says. */
describe('brief labels in English match the domain', () => {
  it('every field has its label and its question', () => {
    for (const spec of BRIEF_FIELDS) {
      expect(fieldLabelText(spec.key)).toBe(spec.label);
      expect(fieldQuestionText(spec.key)).toBe(spec.question);
    }
  });

  it('every choice option', () => {
    for (const [field, options] of Object.entries(CHOICE_LABELS)) {
      for (const [value, label] of Object.entries(options)) expect(t(CHOICE_OPTIONS[field as keyof BriefContent]![value]!)).toBe(label);
    }
  });

  it('every qualification issue', () => {
    const briefs: Partial<BriefContent>[] = [
      {},
      { salary: { min: 90_000, max: 70_000, currency: 'GBP', period: 'year' } },
      { salary: { min: 60_000, max: 70_000, currency: '', period: 'year' }, purpose: 'Backend dev.', responsibilities: ['Build things'], experienceYears: 55 },
      { mustHaves: ['Go', 'SQL', 'AWS', 'Kafka', 'Redis', 'gRPC', 'Good attitude'], niceToHaves: ['go'] },
    ];
    const codes = new Set<string>();
    for (const brief of briefs) {
      for (const issue of qualifyBrief(withDefaults(brief)).issues) {
        codes.add(issue.code);
        if (asksQuestion(issue)) expect(issue.message.endsWith(issueText(issue))).toBe(true);
        else expect(issueText(issue)).toBe(issue.message);
      }
    }
    expect([...codes].sort()).toEqual([
      'missing', 'mustAndNice', 'noDealBreakers', 'noSuccessMeasure', 'oneResponsibility', 'purposeShort', 'salaryInverted',
      'salaryNoCurrency', 'tooManyMustHaves', 'unrealisticYears', 'vagueMustHave',
    ]);
  });

  it('every plan check', () => {
    const base = createPlan({ id: 'p1', briefId: 'b1', briefVersion: 2, kind: 'both', now: '2025-01-08', urgency: 'normal', shortlist: [] });
    const plans: RecruitmentPlan[] = [
      base,
      { ...base, briefVersion: 0, status: 'sent', dates: { shortlistBy: '13/01/2025', interviewsBy: '2025-01-11' } },
      { ...base, dates: { shortlistBy: '2025-01-07', interviewsBy: '2025-01-06', decisionBy: '2025-01-03' } },
      { ...base, shortlist: [{ candidateKey: 'li:bo', reason: '' }, { candidateKey: 'li:bo', reason: 'b' }], sourcing: { ...base.sourcing, booleanString: 'x'.repeat(5000) } },
    ];
    const codes = new Set<string>();
    for (const plan of plans) {
      for (const issue of validatePlan(plan, { today: '2025-01-08', names: { 'li:bo': 'Bo Chen' } }).issues) {
        codes.add(issue.code);
        // Numbers are formatted for the reader ("5,000"); the domain's English has none of that.
        expect(planIssueText(issue).replace(/(\d),(\d)/g, '$1$2')).toBe(issue.message);
      }
    }
    expect(codes.size).toBe(12);
  });

  it('the change summary and long dates', () => {
    const before = withDefaults({ mustHaves: ['Figma', 'Java'], team: 'Payments', purpose: 'x '.repeat(40), urgency: 'low' });
    const after = withDefaults({ ...emptyBriefContent(), mustHaves: ['Figma', 'Kubernetes'], reportingLine: 'CTO', purpose: 'y '.repeat(40), urgency: 'high' });
    const diff = diffBriefContent(before, after);
    expect(diffSummaryText(diff)).toEqual(diffSummary(diff));
    expect(longDate('2025-01-13')).toBe('Mon 13 Jan 2025');
  });
});
