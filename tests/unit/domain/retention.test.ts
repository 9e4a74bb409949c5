import { describe, expect, it } from 'vitest';
import { latest, retentionCutoff, staleCandidates } from '@/domain/retention';

describe('retention', () => {
  it('counts calendar months, clamping to the end of shorter months', () => {
    expect(retentionCutoff(new Date('2026-03-31T10:00:00Z'), 1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(retentionCutoff(new Date('2026-01-15T00:00:00Z'), 13).toISOString()).toBe('2024-12-15T00:00:00.000Z');
  });

  it('lists who is past the limit, oldest first, and nobody for an invalid period', () => {
    const rows = [
      { candidateKey: 'a', name: 'A', lastActivity: '2025-01-01T00:00:00.000Z' },
      { candidateKey: 'b', name: 'B', lastActivity: '2026-05-01T00:00:00.000Z' },
      { candidateKey: 'c', name: 'C', lastActivity: '2024-06-01T00:00:00.000Z' },
    ];
    const now = new Date('2026-06-01T00:00:00Z');
    expect(staleCandidates(rows, 12, now).map((r) => r.candidateKey)).toEqual(['c', 'a']);
    expect(staleCandidates(rows, 0, now)).toEqual([]);
    expect(staleCandidates(rows, 1.5, now)).toEqual([]);
  });

  it('latest ignores missing dates', () => {
    expect(latest(undefined, '2026-01-01', '', '2025-01-01')).toBe('2026-01-01');
  });
});
