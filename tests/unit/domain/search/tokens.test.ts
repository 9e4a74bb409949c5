import { describe, expect, it } from 'vitest';
import { fold, indexWords, MAX_WORD_LENGTH, MAX_WORDS_PER_RECORD, queryWords } from '@/domain/search/tokens';
import { highlight, matchRanges } from '@/domain/search/highlight';

describe('search words', () => {
  it('folds case and accents', () => {
    expect(fold('Zoë Ångström')).toBe('zoe angstrom');
  });

  it('indexes distinct words of two or more letters, bounded in length and number', () => {
    expect(indexWords(['Jane Doe, a C# dev', 'jane again'])).toEqual(['jane', 'doe', 'dev', 'again']);
    expect(indexWords(['x'.repeat(100)])[0]).toHaveLength(MAX_WORD_LENGTH);
    const many = Array.from({ length: MAX_WORDS_PER_RECORD + 50 }, (_, i) => `w${i}`).join(' ');
    expect(indexWords([many])).toHaveLength(MAX_WORDS_PER_RECORD);
  });

  it('leaves out stop words on both sides', () => {
    expect(indexWords(['The client said that he was hands-on'])).toEqual(['client', 'said', 'hands']);
    expect(queryWords('hands-on with the CTO')).toEqual(['hands', 'cto']);
  });

  it('splits queries the same way and drops one-letter words', () => {
    expect(queryWords('  Stake-holder  a MAN ')).toEqual(['stake', 'holder', 'man']);
    expect(queryWords('a')).toEqual([]);
  });
});

describe('highlight', () => {
  it('marks word prefixes only at word starts', () => {
    expect(matchRanges('manager, Germany', ['man'])).toEqual([[0, 3]]);
  });

  it('returns text segments, markup kept literally', () => {
    expect(highlight('<b>Jane</b> said', ['jane'])).toEqual([
      { text: '<b>', match: false },
      { text: 'Jane', match: true },
      { text: '</b> said', match: false },
    ]);
  });

  it('cuts a long text to a window around the first match', () => {
    const long = `${'lorem '.repeat(100)}needle ${'ipsum '.repeat(100)}`;
    const segments = highlight(long, ['needle'], 80);
    const joined = segments.map((s) => s.text).join('');
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(82);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['needle']);
  });

  it('marks a whole word when folding changed its length', () => {
    expect(highlight('\uFB01nance team', ['fin']).find((s) => s.match)?.text).toBe('\uFB01nance');
  });
});
