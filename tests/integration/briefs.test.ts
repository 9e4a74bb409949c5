import { beforeEach, describe, expect, it } from 'vitest';
import { cloneBriefContent } from '@/domain/brief';
import { db } from '@/storage/db';
import { BriefInputError, briefHistory, createBriefRecord, getBrief, restoreBriefVersion, saveBriefRevision, type SaveOutcome } from '@/storage/briefs';
import { errorText } from '@/components/error-text';
import { designBrief } from './brief-fixtures';
import { freshDb } from './fresh-db';

function saved(outcome: SaveOutcome) {
  if (outcome.status !== 'saved') throw new Error(`expected a save, got a conflict: ${outcome.message}`);
  return outcome;
}

describe('brief versions (storage/briefs)', () => {
  beforeEach(freshDb);

  it('creates version 1 and a head that follows the content', async () => {
    const { brief, version } = await createBriefRecord({ content: designBrief() });
    expect(version).toMatchObject({ version: 1, reason: 'First version', briefId: brief.id });
    expect(await getBrief(brief.id)).toMatchObject({ roleTitle: 'Lead Product Designer', clientCompany: 'Acme Bank', currentVersion: 1, status: 'open' });
  });

  it('a revision is a new version; earlier versions are never changed', async () => {
    const { brief } = await createBriefRecord({ content: designBrief() });
    const v1Before = structuredClone(await db().briefVersions.get(`${brief.id}@v1`));
    const edit = cloneBriefContent(designBrief({ mustHaves: ['Figma', 'User research', 'Accessibility audits'], reportingLine: 'Chief Product Officer' }));
    const out = saved(await saveBriefRevision(brief.id, { content: edit, reason: 'Client wants accessibility', basedOn: 1 }));
    expect(out.version).toMatchObject({ version: 2, reason: 'Client wants accessibility' });
    expect(out.brief.currentVersion).toBe(2);
    expect(await db().briefVersions.get(`${brief.id}@v1`)).toEqual(v1Before);
    // The stored version is a copy: changing the object the editor holds changes nothing stored.
    edit.mustHaves.push('Mutated after save');
    expect((await db().briefVersions.get(`${brief.id}@v2`))?.content.mustHaves).not.toContain('Mutated after save');
  });

  it('refuses a revision without a reason, and one that changes nothing', async () => {
    const { brief } = await createBriefRecord({ content: designBrief() });
    await expect(saveBriefRevision(brief.id, { content: designBrief({ team: 'Retail' }), reason: '   ', basedOn: 1 })).rejects.toThrow(BriefInputError);
    await expect(saveBriefRevision(brief.id, { content: designBrief(), reason: 'No change', basedOn: 1 })).rejects.toThrow(/same as version 1/);
    // The views word each refusal through i18n: in English, exactly the storage layer's message.
    const refusals = await Promise.all([
      saveBriefRevision(brief.id, { content: designBrief({ team: 'Retail' }), reason: '   ', basedOn: 1 }),
      saveBriefRevision(brief.id, { content: designBrief({ team: 'Retail' }), reason: 'x'.repeat(5_000), basedOn: 1 }),
      saveBriefRevision(brief.id, { content: designBrief(), reason: 'No change', basedOn: 1 }),
      saveBriefRevision('gone', { content: designBrief(), reason: 'Edit', basedOn: 1 }),
      restoreBriefVersion(brief.id, 9),
      restoreBriefVersion(brief.id, 1),
    ].map((p) => p.then(() => null, (e: unknown) => e as BriefInputError)));
    expect(refusals.map((e) => e?.code)).toEqual(['reasonMissing', 'reasonTooLong', 'nothingToSave', 'briefGone', 'versionNotFound', 'versionSame']);
    for (const e of refusals) expect(errorText(e)).toBe(e!.message);
    expect(await briefHistory(brief.id)).toHaveLength(1);
  });

  it('restoring version 1 writes version 3 with its content and keeps version 2', async () => {
    const { brief, version: v1 } = await createBriefRecord({ content: designBrief() });
    saved(await saveBriefRevision(brief.id, { content: designBrief({ salary: { min: 95_000, max: 105_000, currency: 'GBP', period: 'year' } }), reason: 'Market rate', basedOn: 1 }));
    const v3 = await restoreBriefVersion(brief.id, 1);
    expect(v3).toMatchObject({ version: 3, restoredFrom: 1, reason: 'Restored version 1' });
    expect(v3.content).toEqual(v1.content);
    expect((await briefHistory(brief.id)).map((v) => v.version)).toEqual([1, 2, 3]);
    expect((await getBrief(brief.id))?.currentVersion).toBe(3);
    await expect(restoreBriefVersion(brief.id, 3)).rejects.toThrow(/nothing to restore/);
    await expect(restoreBriefVersion(brief.id, 9)).rejects.toThrow(/not in this brief/);
  });

  it('a stale edit is refused when asked to refuse: nothing written, both versions returned', async () => {
    const { brief } = await createBriefRecord({ content: designBrief() });
    saved(await saveBriefRevision(brief.id, { content: designBrief({ team: 'Retail banking' }), reason: 'Tab A', basedOn: 1 }));
    const out = await saveBriefRevision(brief.id, { content: designBrief({ location: 'Manchester' }), reason: 'Tab B', basedOn: 1, onStale: 'refuse' });
    expect(out.status).toBe('conflict');
    if (out.status !== 'conflict') return;
    expect(out.latest.version).toBe(2);
    expect(out.message).toMatch(/changed elsewhere \(version 2\)/);
    expect(out.merged).toMatchObject({ team: 'Retail banking', location: 'Manchester' });
    expect(await briefHistory(brief.id)).toHaveLength(2);
  });

  it('two tabs editing different fields: the second save merges, both edits kept', async () => {
    const { brief } = await createBriefRecord({ content: designBrief() });
    const tabA = designBrief({ team: 'Retail banking', mustHaves: ['Figma', 'User research', 'Fintech', 'Accessibility audits'] });
    const tabB = designBrief({ location: 'Manchester', mustHaves: ['Figma', 'User research'] });
    saved(await saveBriefRevision(brief.id, { content: tabA, reason: 'Tab A', basedOn: 1 }));
    const out = saved(await saveBriefRevision(brief.id, { content: tabB, reason: 'Tab B', basedOn: 1, onStale: 'merge' }));
    expect(out.mergedWith).toBe(2);
    expect(out.version.version).toBe(3);
    expect(out.version.content).toMatchObject({ team: 'Retail banking', location: 'Manchester', mustHaves: ['Figma', 'User research', 'Accessibility audits'] });
  });

  it('two tabs editing the same field: a conflict with both values, nothing saved until the recruiter chooses', async () => {
    const { brief } = await createBriefRecord({ content: designBrief() });
    saved(await saveBriefRevision(brief.id, { content: designBrief({ reportingLine: 'Chief Product Officer', team: 'Retail' }), reason: 'Tab A', basedOn: 1 }));
    const out = await saveBriefRevision(brief.id, { content: designBrief({ reportingLine: 'VP Design', location: 'Leeds' }), reason: 'Tab B', basedOn: 1, onStale: 'merge' });
    if (out.status !== 'conflict') throw new Error('expected a conflict');
    expect(out.conflicts).toEqual([{ field: 'reportingLine', mine: 'VP Design', theirs: 'Chief Product Officer' }]);
    expect(await briefHistory(brief.id)).toHaveLength(2);
    // The recruiter keeps the other tab's value: saved on top of the latest version, their own location edit kept.
    const chosen = { ...out.merged, reportingLine: 'Chief Product Officer' };
    const resolved = saved(await saveBriefRevision(brief.id, { content: chosen, reason: 'Tab B', basedOn: out.latest.version }));
    expect(resolved.version.content).toMatchObject({ reportingLine: 'Chief Product Officer', team: 'Retail', location: 'Leeds' });
  });

  it('two saves at the same instant get distinct version numbers and lose nothing', async () => {
    const { brief } = await createBriefRecord({ content: designBrief() });
    const results = await Promise.all([
      saveBriefRevision(brief.id, { content: designBrief({ team: 'Payments' }), reason: 'A', basedOn: 1, onStale: 'merge' }),
      saveBriefRevision(brief.id, { content: designBrief({ whyJoin: 'Own the whole app' }), reason: 'B', basedOn: 1, onStale: 'merge' }),
    ]);
    expect(results.every((r) => r.status === 'saved')).toBe(true);
    const history = await briefHistory(brief.id);
    expect(history.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(history[2]!.content).toMatchObject({ team: 'Payments', whyJoin: 'Own the whole app' });
  });

  it('keeps stored content inside the backup limits (blank and repeated list items dropped, text trimmed)', async () => {
    const { version } = await createBriefRecord({ content: designBrief({ mustHaves: ['Figma', ' ', 'figma', '  User research  '], team: '  Retail  ', experienceYears: 500 }) });
    expect(version.content.mustHaves).toEqual(['Figma', 'User research']);
    expect(version.content.team).toBe('Retail');
    expect(version.content.experienceYears).toBe(60);
  });
});
