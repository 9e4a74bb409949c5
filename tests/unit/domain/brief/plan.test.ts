import { describe, expect, it } from 'vitest';
import { addWorkingDays, formatLongDate, isIsoDate, toCalendarDate } from '@/domain/brief/dates';
import type { RankedCandidate } from '@/domain/brief/fit';
import { createPlan, markPlanSent, proposePlanDates, type RecruitmentPlan } from '@/domain/brief/plan';
import { DEFAULT_CHANNELS, proposeShortlist, proposeSourcing, shortlistReason } from '@/domain/brief/plan-proposals';
import { validatePlan } from '@/domain/brief/plan-validation';

// 2025-01-08 is a Wednesday.
const WED = '2025-01-08';

describe('working-day arithmetic', () => {
  it.each([
    ['2025-01-08', 3, '2025-01-13'], // Wed + 3 → Mon
    ['2025-01-10', 1, '2025-01-13'], // Fri + 1 → Mon
    ['2025-01-11', 1, '2025-01-13'], // Sat + 1 → Mon
    ['2025-01-12', 5, '2025-01-17'], // Sun + 5 → Fri
    ['2024-12-31', 2, '2025-01-02'], // across the year
    ['2024-02-28', 1, '2024-02-29'], // leap day
    ['2025-01-08', 0, '2025-01-08'],
  ])('%s + %i working days = %s', (from, days, expected) => {
    expect(addWorkingDays(from, days)).toBe(expected);
  });

  it('skips holidays', () => {
    expect(addWorkingDays('2024-12-24', 1, new Set(['2024-12-25', '2024-12-26']))).toBe('2024-12-27');
  });

  it('reads a Date on the local calendar, and date strings as given', () => {
    expect(toCalendarDate(new Date(2025, 0, 10, 23, 30))).toBe('2025-01-10');
    expect(toCalendarDate('2025-01-10')).toBe('2025-01-10');
    expect(() => toCalendarDate('not a date')).toThrow(RangeError);
  });

  it('formats and validates dates', () => {
    expect(formatLongDate('2025-01-13')).toBe('Mon 13 Jan 2025');
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2025-02-28')).toBe(true);
  });
});

describe('proposePlanDates', () => {
  it.each([
    ['high', { shortlistBy: '2025-01-10', interviewsBy: '2025-01-15', decisionBy: '2025-01-20' }],
    ['normal', { shortlistBy: '2025-01-13', interviewsBy: '2025-01-22', decisionBy: '2025-01-29' }],
    ['', { shortlistBy: '2025-01-13', interviewsBy: '2025-01-22', decisionBy: '2025-01-29' }],
    ['low', { shortlistBy: '2025-01-15', interviewsBy: '2025-01-29', decisionBy: '2025-02-05' }],
  ] as const)('%s urgency from a Wednesday', (urgency, expected) => {
    expect(proposePlanDates(WED, urgency)).toEqual(expected);
  });

  it('never proposes a weekend, and respects holidays', () => {
    const dates = proposePlanDates('2025-12-19', 'normal', ['2025-12-25', '2025-12-26']);
    expect(dates.shortlistBy).toBe('2025-12-24');
    for (const date of Object.values(dates)) expect([0, 6]).not.toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
  });
});

function plan(overrides: Partial<RecruitmentPlan> = {}): RecruitmentPlan {
  return {
    ...createPlan({ id: 'p1', briefId: 'b1', briefVersion: 2, kind: 'shortlist', now: WED, urgency: 'normal', shortlist: [{ candidateKey: 'li:bo', reason: 'Meets 3 of 4 must-haves.' }] }),
    ...overrides,
  };
}

describe('createPlan and markPlanSent', () => {
  it('creates a draft with proposed dates', () => {
    expect(plan()).toMatchObject({
      id: 'p1', briefId: 'b1', briefVersion: 2, kind: 'shortlist', status: 'draft', createdAt: WED,
      dates: { shortlistBy: '2025-01-13', interviewsBy: '2025-01-22' },
      sourcing: { targetTitles: [], targetCompanies: [], channels: [], booleanString: '' },
    });
  });

  it('marks a plan sent without changing the original', () => {
    const draft = plan();
    const sent = markPlanSent(draft, '2025-01-08T16:00:00.000Z');
    expect(sent).toMatchObject({ status: 'sent', sentAt: '2025-01-08T16:00:00.000Z' });
    expect(draft.status).toBe('draft');
  });
});

describe('validatePlan', () => {
  it('accepts a complete plan', () => {
    expect(validatePlan(plan(), { today: WED })).toEqual({ valid: true, issues: [] });
  });

  it.each<[string, Partial<RecruitmentPlan>, string, RegExp]>([
    ['empty shortlist', { shortlist: [] }, 'shortlist', /at least one candidate/],
    ['duplicate candidate', { shortlist: [{ candidateKey: 'li:bo', reason: 'a' }, { candidateKey: 'li:bo', reason: 'b' }] }, 'shortlist', /Bo Chen is on the shortlist twice/],
    ['sourcing with nobody to look for', { kind: 'sourcing' }, 'sourcing', /target titles or a boolean search/],
    ['invalid date', { dates: { shortlistBy: '13/01/2025', interviewsBy: '2025-01-22' } }, 'dates.shortlistBy', /valid 'Shortlist by' date/],
    ['interviews before shortlist', { dates: { shortlistBy: '2025-01-22', interviewsBy: '2025-01-13' } }, 'dates.interviewsBy', /before the shortlist/],
    ['decision before interviews', { dates: { shortlistBy: '2025-01-13', interviewsBy: '2025-01-22', decisionBy: '2025-01-20' } }, 'dates.decisionBy', /decision cannot come before/],
    ['date in the past', { dates: { shortlistBy: '2025-01-07', interviewsBy: '2025-01-22' } }, 'dates.shortlistBy', /Tue 7 Jan 2025\) has already passed/],
    ['sent without a date', { status: 'sent' }, 'sentAt', /date it was sent/],
    ['no brief version', { briefVersion: 0 }, 'briefVersion', /saved version/],
  ])('error: %s', (_name, overrides, field, message) => {
    const result = validatePlan(plan(overrides), { today: WED, names: { 'li:bo': 'Bo Chen' } });
    expect(result.valid).toBe(false);
    expect(result.issues).toContainEqual(expect.objectContaining({ field, severity: 'error', message: expect.stringMatching(message) }));
  });

  it.each<[string, Partial<RecruitmentPlan>, RegExp]>([
    ['no reason given', { shortlist: [{ candidateKey: 'li:bo', reason: ' ' }] }, /Say why li:bo fits/],
    ['weekend date', { dates: { shortlistBy: '2025-01-11', interviewsBy: '2025-01-22' } }, /weekend \(Sat 11 Jan 2025\)/],
    ['boolean string too long', { kind: 'both', sourcing: { targetTitles: ['Engineer'], targetCompanies: [], channels: [], booleanString: 'x'.repeat(1_200) } }, /1200 characters/],
  ])('warning only: %s', (_name, overrides, message) => {
    const result = validatePlan(plan(overrides), { today: WED });
    expect(result.valid).toBe(true);
    expect(result.issues).toContainEqual(expect.objectContaining({ severity: 'warning', message: expect.stringMatching(message) }));
  });

  it('a sent plan may have dates in the past', () => {
    const sent = markPlanSent(plan(), '2025-01-08T10:00:00Z');
    expect(validatePlan(sent, { today: '2025-03-01' }).valid).toBe(true);
  });
});

describe('proposals', () => {
  const ranked = (over: Partial<RankedCandidate>): RankedCandidate => ({
    key: 'k', name: 'N', headline: '', ready: false, score: 0, matched: [], partial: [], missing: [], unchecked: [], niceMatched: [], ...over,
  });

  it('explains the fit of each shortlisted candidate', () => {
    expect(shortlistReason(ranked({ matched: ['Go', 'Kafka', 'SQL'], missing: ['Kubernetes'], ready: true, lastDebriefRole: 'Backend Engineer at Globex' })))
      .toBe('Meets 3 of 4 must-haves (Go, Kafka and SQL); not yet shown: Kubernetes. Near miss for Backend Engineer at Globex, ready for the next role.');
    expect(shortlistReason(ranked({ matched: ['Go'], partial: ['payments APIs'] }))).toBe('Meets 1 of 2 must-haves (Go); partly: payments APIs.');
  });

  it('shortlists the best-ranked candidates above the bar, in order', () => {
    const list = [ranked({ key: 'a', score: 100, matched: ['Go'] }), ranked({ key: 'b', score: 60 }), ranked({ key: 'c', score: 20 })];
    expect(proposeShortlist(list).map((e) => e.candidateKey)).toEqual(['a', 'b']);
    expect(proposeShortlist(list, { limit: 1 }).map((e) => e.candidateKey)).toEqual(['a']);
  });

  it('proposes a sourcing strategy with titles, channels and the boolean string', () => {
    const sourcing = proposeSourcing({ title: 'Backend Engineer', mustHaves: ['Go'], dealBreakers: [] }, { targetCompanies: ['Globex'] });
    expect(sourcing).toEqual({
      targetTitles: ['Backend Engineer', 'Backend Developer', 'Back-end Engineer'],
      targetCompanies: ['Globex'],
      channels: [...DEFAULT_CHANNELS],
      booleanString: '("Backend Engineer" OR "Backend Developer" OR "Back-end Engineer") AND (Go OR Golang)',
    });
  });
});
