import { describe, expect, it } from 'vitest';
import { computeInsights, type InsightFilters } from '@/domain/insights';
import { INSIGHTS_NOW, INSIGHTS_SEED } from '../../../fixtures/insights/seed';

/** Every expected figure here is worked out by hand from tests/fixtures/insights/seed.ts. */
const run = (filters: Partial<InsightFilters> = {}) =>
  computeInsights(INSIGHTS_SEED, { period: '365d', client: null, ...filters }, INSIGHTS_NOW);

describe('insights over the last 365 days, every client', () => {
  const insights = run();

  it('counts the debriefs whose interview lies in the period (d1–d5; d6 is older)', () => {
    expect(insights.debriefs).toBe(5);
  });

  it('confirmed causes: totals, top cause and months', () => {
    const { causes } = insights;
    // d1 assessment+brief, d2 assessment, d3 client, d5 candidate; d4 has none yet.
    expect(causes.debriefs).toBe(4);
    expect(causes.totals).toEqual({ assessment: 2, brief: 1, client: 1, candidate: 1 });
    expect(causes.topCause).toBe('assessment');
    expect(causes.months).toHaveLength(13); // Jun 2024 … Jun 2025
    const byMonth = Object.fromEntries(causes.months.filter((m) => m.debriefs > 0).map((m) => [m.month, m.counts]));
    expect(byMonth).toEqual({
      '2024-12': { assessment: 0, brief: 0, client: 0, candidate: 1 },
      '2025-04': { assessment: 1, brief: 1, client: 0, candidate: 0 },
      '2025-05': { assessment: 1, brief: 0, client: 1, candidate: 0 },
    });
  });

  it('confirmed causes per client, most debriefs first', () => {
    expect(insights.causes.byClient.map((c) => [c.label, c.debriefs, c.topCause])).toEqual([
      ['Acme', 2, 'assessment'],
      ['Globex', 1, 'client'],
      ['Initech', 1, 'candidate'],
    ]);
  });

  it('brief churn: Initech revised its one brief three times; Acme twice over two roles', () => {
    expect(insights.churn.map((c) => [c.label, c.roles.length, c.revisions, c.revisionsPerRole, c.keepsChanging])).toEqual([
      ['Initech', 1, 3, 3, true],
      ['Acme', 2, 2, 1, false],
      ['Globex', 1, 1, 1, false],
    ]);
    expect(insights.churn[1]!.roles.map((r) => [r.role, r.versions, r.revisions])).toEqual([
      ['Data Engineer', 3, 2],
      ['Analytics Lead', 1, 0],
    ]);
  });

  it('calibration: gaps 3, 1, 1 and −2 (the half-rated row is skipped)', () => {
    const c = insights.calibration;
    expect([c.ratings, c.meanAbsoluteGap, c.meanGap, c.overrated, c.underrated, c.misjudged]).toEqual([4, 1.8, 0.8, 3, 1, 2]);
    expect(c.competencies.map((x) => [x.competency, x.meanAbsoluteGap, x.meanGap, x.trend])).toEqual([
      ['Communication', 2, 2, 'not-enough-data'],
      ['Leadership', 2, -2, 'not-enough-data'],
      ['Technical skills', 1, 1, 'not-enough-data'],
    ]);
    expect(c.months.filter((m) => m.ratings > 0)).toEqual([
      { month: '2025-04', meanAbsoluteGap: 2, ratings: 2 },
      { month: '2025-05', meanAbsoluteGap: 1.5, ratings: 2 },
    ]);
  });

  it('speed: medians of the steps done, open steps past target count as missed', () => {
    expect(insights.speed.map((s) => [s.id, s.targetHours, s.done, s.medianHours, s.onTarget, s.overdue, s.pending, s.onTargetPercent])).toEqual([
      // 3, 5, 2, 1 h; d4 open and overdue → 4 of 5 on target.
      ['clientDebrief', 24, 4, 2.5, 4, 1, 0, 80],
      // 20, 30 (late), 10, 2 h; d4 overdue → 3 of 5.
      ['candidateFeedback', 24, 4, 15, 3, 1, 0, 60],
      // 30, 50 (late), 3 h; d2 and d4 overdue → 2 of 5.
      ['newPlan', 48, 3, 30, 2, 2, 0, 40],
    ]);
  });

  it('near misses: Sam interviewed again, Kim shortlisted, Lee still waiting', () => {
    const r = insights.redeployment;
    expect([r.nearMisses.length, r.redeployed, r.rate]).toEqual([3, 2, 67]);
    expect(r.nearMisses.map((n) => [n.debriefId, n.redeployedVia, n.redeployedAt])).toEqual([
      ['d3', 'shortlist', '2025-06-01T09:00:00.000Z'],
      ['d1', 'interview', '2025-06-25T10:00:00.000Z'],
      ['d5', null, null],
    ]);
  });

  it('offers every client named in debriefs or briefs for the filter', () => {
    expect(insights.clients.map((c) => [c.key, c.label])).toEqual([
      ['acme', 'Acme'],
      ['globex', 'Globex'],
      ['initech', 'Initech'],
    ]);
  });
});

describe('filters', () => {
  it('one client: Acme only (and its spelling variants)', () => {
    const acme = run({ client: 'acme' });
    expect(acme.debriefs).toBe(2);
    expect(acme.causes.totals).toEqual({ assessment: 2, brief: 1, client: 0, candidate: 0 });
    expect(acme.churn.map((c) => c.label)).toEqual(['Acme']);
    expect(acme.redeployment.nearMisses.map((n) => n.debriefId)).toEqual(['d1']);
    const globex = run({ client: 'globex' });
    expect(globex.debriefs).toBe(2); // "Globex" and " globex "
  });

  it('the last 30 days hold only d4, which has no confirmed cause yet', () => {
    const recent = run({ period: '30d' });
    expect(recent.debriefs).toBe(1);
    expect(recent.causes.debriefs).toBe(0);
    expect(recent.causes.topCause).toBeNull();
    expect(recent.calibration.ratings).toBe(0);
    expect(recent.calibration.meanAbsoluteGap).toBeNull();
    expect(recent.redeployment.rate).toBeNull();
    expect(recent.churn).toEqual([]);
  });

  it('90 days: brief versions outside the window do not count', () => {
    expect(run({ period: '90d' }).churn.map((c) => [c.label, c.roles.length, c.revisions])).toEqual([
      ['Acme', 2, 2],
      ['Globex', 1, 1],
    ]);
  });

  it('all time includes d6; the tie between three causes goes to the most likely first', () => {
    const all = run({ period: 'all' });
    expect(all.debriefs).toBe(6);
    expect(all.causes.totals).toEqual({ assessment: 2, brief: 1, client: 2, candidate: 2 });
    expect(all.causes.topCause).toBe('assessment');
    expect(all.causes.months[0]!.month).toBe('2023-05');
  });
});

describe('bad or empty data', () => {
  it('nothing stored: zeros and nulls, never NaN', () => {
    const empty = computeInsights({ debriefs: [], briefs: [], briefVersions: [], plans: [] }, { period: 'all', client: null }, INSIGHTS_NOW);
    expect(empty.causes.months).toEqual([]);
    expect(empty.speed.every((s) => s.medianHours === null && s.onTargetPercent === null)).toBe(true);
    expect(JSON.stringify(empty)).not.toMatch(/NaN/);
  });

  it('repeated or unknown cause ids and unusable dates are ignored', () => {
    const [d1] = INSIGHTS_SEED.debriefs;
    const odd = [
      { ...d1!, id: 'x1', confirmedCauses: ['assessment', 'assessment', 'luck'] as never },
      { ...d1!, id: 'x2', interviewAt: 'yesterday' },
    ];
    const result = computeInsights({ debriefs: odd, briefs: [], briefVersions: [], plans: [] }, { period: 'all', client: null }, INSIGHTS_NOW);
    expect(result.debriefs).toBe(1);
    expect(result.causes.totals).toEqual({ assessment: 1, brief: 0, client: 0, candidate: 0 });
  });
});
