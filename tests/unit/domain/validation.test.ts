import { describe, expect, it } from 'vitest';
import { charLength, formatCount, hasErrors } from '@/domain/validation';

describe('validation helpers', () => {
  it.each([
    [[], false],
    [[{ path: 'a', code: 'notesLong' as const, message: 'm', severity: 'warning' as const }], false],
    [[{ path: 'a', code: 'notesLong' as const, message: 'm', severity: 'warning' as const }, { path: 'b', code: 'noCandidate' as const, message: 'm', severity: 'error' as const }], true],
  ])('hasErrors(%j) → %j', (issues, expected) => {
    expect(hasErrors(issues)).toBe(expected);
  });

  it.each([
    ['abc', 3],
    ['🚀🚀', 2],
    ['مرحبا', 5],
    ['', 0],
  ])('charLength(%j) → %i', (text, expected) => {
    expect(charLength(text)).toBe(expected);
  });

  it.each([
    [0, '0'],
    [999, '999'],
    [5000, '5,000'],
    [1234567, '1,234,567'],
  ])('formatCount(%i) → %j', (n, expected) => {
    expect(formatCount(n)).toBe(expected);
  });
});
