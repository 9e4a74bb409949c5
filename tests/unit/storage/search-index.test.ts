import { describe, expect, it } from 'vitest';
import { entryFor, newestFirst, parseEntryId } from '@/storage/search-index';

describe('search index keys', () => {
  it('sort newest first, undated last, and keep table and record id', () => {
    const keys = ['2026-01-01T00:00:00.000Z', '', '2026-03-01T00:00:00.000Z', '2025-12-31T23:59:59.999Z'].map((at) => `${newestFirst(at)}|notes|n:${at}`);
    expect(keys.sort().map((k) => parseEntryId(k).key)).toEqual(['n:2026-03-01T00:00:00.000Z', 'n:2026-01-01T00:00:00.000Z', 'n:2025-12-31T23:59:59.999Z', 'n:']);
    expect(parseEntryId(`${newestFirst('2026-03-01T00:00:00.000Z')}|candidates|linkedin:a|b`)).toEqual({ at: '2026-03-01T00:00:00.000Z', table: 'candidates', key: 'linkedin:a|b' });
  });

  it('makes an entry only when a record has words to find', () => {
    expect(entryFor('notes', 'n1', { text: 'Hands-on with Kubernetes', updatedAt: '2026-01-01T00:00:00.000Z' })?.words).toEqual(['hands', 'kubernetes']);
    expect(entryFor('notes', 'n1', { text: 'a', updatedAt: '2026-01-01T00:00:00.000Z' })).toBeNull();
    expect(entryFor('drafts', 'd1', { text: 'not searchable' })).toBeNull();
  });
});
