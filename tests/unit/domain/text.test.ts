import { describe, expect, it } from 'vitest';
import { cleanText, truncate } from '@/domain/text';

describe('cleanText', () => {
  it.each([
    ['  Jane \n  Doe  ', 50, 'Jane Doe'],
    ['<b>Jane</b>', 50, '<b>Jane</b>'],
    ['Ja\u0000ne\u202E Doe', 50, 'Jane Doe'],
    [null, 50, ''],
    ['', 50, ''],
    ['Dr. Zoë O\'Brien-Łukasz 🚀', 50, 'Dr. Zoë O\'Brien-Łukasz 🚀'],
  ])('%j → %j', (raw, max, expected) => {
    expect(cleanText(raw, max)).toBe(expected);
  });

  it('bounds a 10,000-character name and marks the cut', () => {
    const out = cleanText('x'.repeat(10_000), 120);
    expect(Array.from(out)).toHaveLength(120);
    expect(out.endsWith('…')).toBe(true);
  });
});

describe('truncate', () => {
  it('cuts at a word boundary', () => {
    expect(truncate('alpha beta gamma delta', 15)).toBe('alpha beta…');
  });
  it('never splits an emoji', () => {
    expect(truncate('🚀'.repeat(10), 5)).toBe('🚀🚀🚀🚀…');
  });
});
