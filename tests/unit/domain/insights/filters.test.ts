import { describe, expect, it } from 'vitest';
import { chartMonths, clientKey, clientOptions, inPeriod, isPeriodId, monthKey, monthRange, periodStart, type PeriodId } from '@/domain/insights';
import { median, percent } from '@/domain/insights';

const NOW = new Date('2025-06-30T12:00:00.000Z');

describe('periods', () => {
  it.each<[PeriodId, string | null]>([
    ['30d', '2025-05-31T12:00:00.000Z'],
    ['90d', '2025-04-01T12:00:00.000Z'],
    ['365d', '2024-06-30T12:00:00.000Z'],
    ['all', null],
  ])('%s starts at %s', (period, expected) => {
    expect(periodStart(period, NOW)?.toISOString() ?? null).toBe(expected);
  });

  it.each<[string | undefined, boolean]>([
    ['2025-06-01T00:00:00.000Z', true],
    ['2025-05-31T12:00:00.000Z', true], // the start is inclusive
    ['2025-05-31T11:59:59.999Z', false],
    ['2025-06-30T12:00:00.001Z', false], // the future is not in any period
    ['not a date', false],
    [undefined, false],
  ])('inPeriod(%s) over 30 days is %s', (iso, expected) => {
    expect(inPeriod(iso, periodStart('30d', NOW), NOW)).toBe(expected);
  });

  it('all time has no start but still ends now', () => {
    expect(inPeriod('1999-01-01T00:00:00.000Z', null, NOW)).toBe(true);
    expect(inPeriod('2030-01-01T00:00:00.000Z', null, NOW)).toBe(false);
  });

  it('recognises period ids (for values read from the URL)', () => {
    expect(['30d', '90d', '365d', 'all', '7d', '', null].map(isPeriodId)).toEqual([true, true, true, true, false, false, false]);
  });
});

describe('clients', () => {
  it.each([
    ['Acme', 'acme'],
    ['  ACME   Analytics ', 'acme analytics'],
    ['', ''],
    [undefined, ''],
  ])('clientKey(%j) = %j', (name, key) => {
    expect(clientKey(name)).toBe(key);
  });

  it('groups spellings, labels with the most frequent one and orders by count', () => {
    expect(clientOptions(['Globex', 'acme', 'Acme', ' Acme ', '', undefined, 'globex', 'Initech'])).toEqual([
      { key: 'acme', label: 'Acme', count: 3 },
      { key: 'globex', label: 'Globex', count: 2 },
      { key: 'initech', label: 'Initech', count: 1 },
    ]);
  });
});

describe('months', () => {
  it.each([
    ['2025-06-30T23:59:59.000Z', '2025-06'],
    ['2025-07-01T00:30:00+02:00', '2025-06'], // UTC, whatever the offset written
    ['garbage', null],
  ])('monthKey(%s) = %s', (iso, expected) => {
    expect(monthKey(iso)).toBe(expected);
  });

  it('lists every month in a range, across a year end', () => {
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthRange('2025-03', '2025-03')).toEqual(['2025-03']);
    expect(monthRange('2025-04', '2025-03')).toEqual([]);
  });

  it('spans the period, or the data for all time', () => {
    expect(chartMonths([], periodStart('90d', NOW), NOW)).toEqual(['2025-04', '2025-05', '2025-06']);
    expect(chartMonths(['2025-03-15T00:00:00Z', 'bad', '2025-01-02T00:00:00Z'], null, NOW)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    expect(chartMonths([], null, NOW)).toEqual([]);
  });
});

describe('math', () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[20, 30, 10, 2], 15],
  ])('median(%j) = %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it.each<[number, number, number | null]>([
    [0, 0, null],
    [2, 3, 67],
    [4, 5, 80],
  ])('percent(%i, %i) = %s', (part, whole, expected) => {
    expect(percent(part, whole)).toBe(expected);
  });
});
