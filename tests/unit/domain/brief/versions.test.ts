import { describe, expect, it } from 'vitest';
import { emptyBriefContent } from '@/domain/brief/fields';
import { mergeBriefEdits } from '@/domain/brief/merge';
import type { BriefVersion } from '@/domain/brief/records';
import {
  applyVersionToBrief, checkStaleEdit, createBrief, latestVersion, nextVersion, restoreVersion,
} from '@/domain/brief/versions';
import { qualifiedBrief } from './sample-briefs';

const T0 = '2025-01-06T09:00:00.000Z';
const T1 = '2025-01-08T15:30:00.000Z';
const T2 = '2025-01-09T10:00:00.000Z';

function historyOfTwo(): BriefVersion[] {
  const { version: v1 } = createBrief({ id: 'b1', content: qualifiedBrief(), now: T0 });
  const v2 = nextVersion([v1], {
    content: qualifiedBrief({ mustHaves: ['Go', 'Kubernetes', 'Kafka'], location: 'Manchester' }),
    reason: 'Client wants streaming experience',
    now: T1,
    source: { debriefId: 'd7', changes: [{ kind: 'add-must-have', detail: 'Kafka' }] },
  });
  return [v1, v2];
}

describe('createBrief', () => {
  it('makes the head and version 1 from the content', () => {
    const { brief, version } = createBrief({ id: 'b1', content: qualifiedBrief(), now: new Date(T0) });
    expect(brief).toEqual({
      id: 'b1', clientCompany: 'Northwind Payments', roleTitle: 'Senior Backend Engineer', status: 'open',
      currentVersion: 1, createdAt: T0, updatedAt: T0,
    });
    expect(version).toMatchObject({ id: 'b1@v1', briefId: 'b1', version: 1, reason: 'First version', createdAt: T0 });
  });

  it('copies the content so later edits of the form do not reach the stored version', () => {
    const content = qualifiedBrief();
    const { version } = createBrief({ id: 'b1', content, now: T0 });
    content.mustHaves.push('Rust');
    content.salary.max = 1;
    expect(version.content.mustHaves).not.toContain('Rust');
    expect(version.content.salary.max).toBe(95_000);
  });
});

describe('nextVersion', () => {
  it('numbers one above the highest, keeps reason and debrief link', () => {
    const [, v2] = historyOfTwo();
    expect(v2).toMatchObject({
      id: 'b1@v2', briefId: 'b1', version: 2, reason: 'Client wants streaming experience', createdAt: T1,
      source: { debriefId: 'd7', changes: [{ kind: 'add-must-have', detail: 'Kafka' }] },
    });
    expect(v2?.restoredFrom).toBeUndefined();
  });

  it('works on an unsorted history', () => {
    const [v1, v2] = historyOfTwo();
    const v3 = nextVersion([v2!, v1!], { content: emptyBriefContent(), reason: 'x', now: T2 });
    expect(v3.version).toBe(3);
  });

  it('needs a brief id to start an empty history', () => {
    expect(() => nextVersion([], { content: emptyBriefContent(), reason: 'x', now: T0 })).toThrow(RangeError);
    expect(nextVersion([], { content: emptyBriefContent(), reason: 'x', now: T0, briefId: 'b9' }).id).toBe('b9@v1');
  });
});

describe('restoreVersion', () => {
  it('restores version 1 as version 3 without touching the history', () => {
    const history = historyOfTwo();
    const snapshot = structuredClone(history);
    const v3 = restoreVersion(history, 1, T2);
    expect(v3).toMatchObject({ id: 'b1@v3', version: 3, reason: 'Restored version 1', restoredFrom: 1, createdAt: T2 });
    expect(v3.content).toEqual(history[0]!.content);
    expect(v3.content).not.toBe(history[0]!.content);
    expect(v3.source).toBeUndefined();
    expect(history).toEqual(snapshot);
  });

  it('refuses a version that does not exist', () => {
    expect(() => restoreVersion(historyOfTwo(), 9, T2)).toThrow(/Version 9/);
  });
});

describe('applyVersionToBrief and latestVersion', () => {
  it('moves the head to the new version and follows title changes', () => {
    const { brief } = createBrief({ id: 'b1', content: qualifiedBrief(), now: T0 });
    const history = historyOfTwo();
    const v3 = nextVersion(history, { content: qualifiedBrief({ title: 'Staff Engineer' }), reason: 'Retitled', now: T2 });
    expect(applyVersionToBrief(brief, v3)).toMatchObject({ currentVersion: 3, roleTitle: 'Staff Engineer', updatedAt: T2, createdAt: T0 });
    expect(latestVersion([...history, v3])?.version).toBe(3);
    expect(latestVersion([])).toBeUndefined();
  });
});

describe('two tabs editing the same brief', () => {
  it('detects that another tab saved after this editor opened', () => {
    const history = historyOfTwo();
    expect(checkStaleEdit(history, 2)).toBeNull();
    const stale = checkStaleEdit(history, 1);
    expect(stale?.latest.version).toBe(2);
    expect(stale?.message).toMatch(/changed elsewhere \(version 2\).*version 1/);
  });

  it('merges edits to different fields and list items without losing either', () => {
    const base = qualifiedBrief();
    const theirs = qualifiedBrief({ location: 'Manchester', mustHaves: ['Go', 'PostgreSQL', 'Kubernetes', 'Kafka'] });
    const mine = qualifiedBrief({ reportingLine: 'CTO', mustHaves: ['Go', 'Kubernetes'] });
    const { merged, conflicts } = mergeBriefEdits(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.location).toBe('Manchester');
    expect(merged.reportingLine).toBe('CTO');
    expect(merged.mustHaves).toEqual(['Go', 'Kubernetes', 'Kafka']);
  });

  it('names the fields both tabs changed differently and keeps both values', () => {
    const base = qualifiedBrief();
    const theirs = qualifiedBrief({ purpose: 'Their purpose for the role, long enough to count.' });
    const mine = qualifiedBrief({ purpose: 'My purpose for the role, long enough to count.' });
    const { merged, conflicts } = mergeBriefEdits(base, mine, theirs);
    expect(merged.purpose).toBe(mine.purpose);
    expect(conflicts).toEqual([{ field: 'purpose', mine: mine.purpose, theirs: theirs.purpose }]);
  });

  it('the same change on both sides is not a conflict', () => {
    const base = qualifiedBrief();
    const both = qualifiedBrief({ salary: { min: 90_000, max: 100_000, currency: 'GBP', period: 'year' } });
    expect(mergeBriefEdits(base, both, structuredClone(both)).conflicts).toEqual([]);
  });
});
