import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COMPETENCIES,
  MOTIVATION_QUESTIONS,
  calibrationGaps,
  calibrationTrend,
  defaultRatings,
  meanAbsoluteGap,
  type RatingsSnapshot,
} from '@/domain/coaching';
import type { CompetencyRating, Rating } from '@/domain/debrief';

const r = (competency: string, before: Rating | null, revealed: Rating | null): CompetencyRating => ({ competency, before, revealed });

describe('defaultRatings', () => {
  it('offers every default competency, unrated', () => {
    const rows = defaultRatings();
    expect(rows.map((x) => x.competency)).toEqual([...DEFAULT_COMPETENCIES]);
    expect(rows.every((x) => x.before === null && x.revealed === null)).toBe(true);
    expect(DEFAULT_COMPETENCIES).toContain('Communication');
  });
});

describe('calibrationGaps', () => {
  it.each<[CompetencyRating, object | null]>([
    [r('Communication', 5, 2), { gap: 3, direction: 'overrated', misjudged: true }],
    [r('SQL', 4, 3), { gap: 1, direction: 'overrated', misjudged: false }],
    [r('Leadership', 2, 4), { gap: -2, direction: 'underrated', misjudged: true }],
    [r('Problem solving', 3, 3), { gap: 0, direction: 'accurate', misjudged: false }],
    [r('Preparation', 4, null), null],
    [r('Motivation', null, 2), null],
    [r('Broken', 9 as Rating, 2), null],
  ])('%j', (rating, expected) => {
    const gaps = calibrationGaps([rating]);
    if (expected === null) expect(gaps).toEqual([]);
    else expect(gaps[0]).toMatchObject({ competency: rating.competency, before: rating.before, revealed: rating.revealed, ...expected });
  });

  it('mean absolute gap over the rows rated both ways', () => {
    expect(meanAbsoluteGap([r('A', 5, 2), r('B', 3, 4), r('C', 4, null)])).toBe(2);
    expect(meanAbsoluteGap([r('A', 3, 3), r('B', 3, 4), r('C', 2, 4)])).toBe(1);
    expect(meanAbsoluteGap([r('A', 4, null)])).toBeNull();
  });
});

describe('calibrationTrend', () => {
  const snapshot = (at: string, ...ratings: CompetencyRating[]): RatingsSnapshot => ({ at, ratings });

  it('follows each competency over time, in date order whatever the input order', () => {
    const trend = calibrationTrend([
      snapshot('2025-03-01T10:00:00Z', r('Communication', 4, 3)),
      snapshot('2025-01-01T10:00:00Z', r('Communication', 5, 2), r('SQL', 3, 3)),
    ]);
    expect(trend.map((t) => t.competency)).toEqual(['Communication', 'SQL']);
    expect(trend[0]).toMatchObject({
      points: [
        { at: '2025-01-01T10:00:00Z', gap: 3, absoluteGap: 3 },
        { at: '2025-03-01T10:00:00Z', gap: 1, absoluteGap: 1 },
      ],
      meanAbsoluteGap: 2,
      meanGap: 2,
      trend: 'not-enough-data',
    });
  });

  it.each<[string, number[], string]>([
    ['improving', [3, 3, 1, 0], 'improving'],
    ['worsening', [0, 1, 2, 3], 'worsening'],
    ['steady', [1, 2, 2, 1], 'steady'],
    ['too few points', [3, 0], 'not-enough-data'],
  ])('%s', (_name, absGaps, expected) => {
    const history = absGaps.map((g, i) => snapshot(`2025-0${i + 1}-01T00:00:00Z`, r('Leadership', (1 + g) as Rating, 1)));
    expect(calibrationTrend(history)[0]?.trend).toBe(expected);
  });

  it('matches competency names loosely and orders worst-calibrated first', () => {
    const trend = calibrationTrend([
      snapshot('2025-01-01T00:00:00Z', r('communication ', 5, 4), r('Leadership', 5, 1)),
      snapshot('2025-02-01T00:00:00Z', r('Communication', 4, 4)),
    ]);
    expect(trend.map((t) => [t.competency, t.points.length, t.meanAbsoluteGap])).toEqual([
      ['Leadership', 1, 4],
      ['communication', 2, 0.5],
    ]);
  });

  it('a signed mean below zero means the recruiter tends to underrate', () => {
    expect(calibrationTrend([snapshot('2025-01-01T00:00:00Z', r('Python', 2, 4))])[0]?.meanGap).toBe(-2);
  });

  it('skips undated snapshots and unrated rows', () => {
    expect(calibrationTrend([snapshot('not a date', r('A', 5, 1)), snapshot('2025-01-01T00:00:00Z', r('B', 3, null))])).toEqual([]);
    expect(calibrationTrend([])).toEqual([]);
  });
});

describe('MOTIVATION_QUESTIONS', () => {
  it('re-checks goals and motivation with open questions', () => {
    expect(MOTIVATION_QUESTIONS.length).toBeGreaterThanOrEqual(6);
    expect(new Set(MOTIVATION_QUESTIONS.map((q) => q.id)).size).toBe(MOTIVATION_QUESTIONS.length);
    for (const q of MOTIVATION_QUESTIONS) expect(q.text.endsWith('?')).toBe(true);
  });
});
