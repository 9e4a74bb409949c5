import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/storage/db';
import { eraseCandidate, eraseEverything } from '@/storage/erase';
import { gatherSubjectAccess, subjectAccessFiles } from '@/storage/subject-access';
import { confirmRetention, loadRetention, registerRetentionAlarm, retentionPreview, RETENTION_ALARM, runRetention, setRetentionMonths } from '@/storage/retention';
import { saveDraft } from '@/storage/drafts';
import { search } from '@/storage/search';
import { setTabCandidate } from '@/storage/tab-state';
import { freshDb, snapshotTables } from './fresh-db';
import { seedEverything } from './seed-data';

const JANE = 'linkedin:jane-doe';

describe('subject access', () => {
  beforeEach(async () => {
    await freshDb();
    await seedEverything();
  });

  it('gathers every record naming the person, and only those', async () => {
    const data = await gatherSubjectAccess(JANE, '2026-03-01T00:00:00.000Z');
    expect(data.candidate?.name).toBe('Jane Doe');
    expect(data.notes.map((n) => n.text).sort()).toEqual(['Client wants more hands-on. <script>alert(1)</script>', 'In the debrief call']);
    expect(data.debriefs.map((d) => d.id)).toEqual(['d1']);
    expect(data.drafts).toEqual([{ text: 'half a sente', updatedAt: '2026-02-01T09:00:00.000Z' }]);
    expect(data.shortlists).toEqual([{ roleTitle: 'Head of Platform', clientCompany: 'Globex', reason: 'Strong sourcing', status: 'draft', createdAt: '2026-02-01T09:00:00.000Z' }]);
  });

  it('renders Markdown with text made inert, and JSON with the same data', async () => {
    const files = await subjectAccessFiles(JANE);
    expect(files.markdown).toContain('# Personal data held about Jane Doe');
    expect(files.markdown).toContain('> Client wants more hands-on. \\<script\\>alert(1)\\</script\\>');
    expect(files.markdown).toContain('Too hands-off \\<b\\>really\\</b\\>');
    expect(files.markdown).toContain('## Shortlists (1)');
    expect(files.markdown).not.toContain('Ravi');
    expect(JSON.parse(files.json)).toMatchObject({ format: 'recalibrate-subject-access', candidateKey: JANE });
    expect(files.baseName).toMatch(/^recalibrate-linkedin-jane-doe-\d{4}-\d{2}-\d{2}$/);
  });
});

describe('erase one candidate', () => {
  beforeEach(async () => {
    await freshDb();
    await seedEverything();
  });

  it('removes every record naming them, everywhere, and nothing else', async () => {
    await setTabCandidate(7, { candidateKey: JANE, site: 'linkedin', url: 'https://www.linkedin.com/in/jane-doe/', at: '2026-02-01T09:00:00.000Z' });
    await setTabCandidate(8, { candidateKey: 'greenhouse:4711', site: 'greenhouse', url: 'https://app.greenhouse.io/people/4711', at: '2026-02-01T09:00:00.000Z' });
    await browser.storage.session.set({ 'frames:7': { 0: { candidateKey: JANE } } });
    localStorage.setItem('recalibrate.draft:note:linkedin:jane-doe', JSON.stringify({ text: 'typing', at: '2026-02-01T09:00:00.000Z' }));
    localStorage.setItem('recalibrate.field:d1|notes', JSON.stringify({ text: 'typing', at: '2026-02-01T09:00:00.000Z', base: '' }));
    localStorage.setItem('recalibrate.draft:note:greenhouse:4711', JSON.stringify({ text: 'keep', at: '2026-02-01T09:00:00.000Z' }));

    const report = await eraseCandidate(JANE);
    expect(report).toEqual({ candidate: 1, notes: 2, debriefs: 1, drafts: 1, plans: 1, tabs: 2, writeAheads: 2 });
    const all = JSON.stringify(await snapshotTables());
    expect(all).not.toContain('jane-doe');
    expect(all).not.toContain('Jane');
    expect(all).not.toContain('"d1"');
    expect((await db().plans.get('p1'))?.shortlist).toEqual([{ candidateKey: 'greenhouse:4711', reason: 'Data depth' }]);
    expect(await db().notes.count()).toBe(1);
    expect(Object.keys(await browser.storage.session.get(null))).toEqual(['tab:8']);
    expect(localStorage.getItem('recalibrate.draft:note:greenhouse:4711')).not.toBeNull();
    expect(Object.keys(localStorage).filter((k) => k.includes('jane') || k.includes('d1'))).toEqual([]);
    expect((await search('hands')).counts).toEqual({ candidate: 0, debrief: 0, note: 0, brief: 0 });
  });

  it('erase everything empties every table, session, write-aheads and settings', async () => {
    await setTabCandidate(7, { candidateKey: JANE, site: 'linkedin', url: 'https://www.linkedin.com/in/jane-doe/', at: '2026-02-01T09:00:00.000Z' });
    await saveDraft('note:x', 'typed');
    localStorage.setItem('recalibrate.field:d1|notes', '{}');
    await eraseEverything();
    for (const rows of Object.values(await snapshotTables())) expect(rows).toEqual([]);
    expect(await browser.storage.session.get(null)).toEqual({});
    expect(await browser.storage.local.get(null)).toEqual({});
    expect(Object.keys(localStorage).filter((k) => k.startsWith('recalibrate.'))).toEqual([]);
  });
});

describe('retention', () => {
  const NOW = new Date('2027-06-15T12:00:00.000Z');

  beforeEach(async () => {
    await freshDb();
    await seedEverything();
    await fakeBrowser.storage.local.remove('retention');
    // Ravi was last touched long ago; Jane has a recent note.
    await db().notes.update('n1', { updatedAt: '2027-05-01T00:00:00.000Z' });
  });

  it('previews who would be deleted, longest untouched first', async () => {
    const preview = await retentionPreview(12, NOW);
    expect(preview.map((p) => p.name)).toEqual(['Ravi K. Patel']);
    expect((await retentionPreview(1, NOW)).map((p) => p.candidateKey)).toEqual(['greenhouse:4711', JANE]);
  });

  it('never deletes before the recruiter confirmed the previewed period', async () => {
    await setRetentionMonths(12);
    expect(await runRetention(NOW)).toEqual({ ran: false, deleted: [] });
    expect(await db().candidates.count()).toBe(2);
    await confirmRetention(12);
    expect(await runRetention(NOW)).toEqual({ ran: true, deleted: ['greenhouse:4711'] });
    expect(await db().candidates.get('greenhouse:4711')).toBeUndefined();
    expect((await loadRetention()).lastRun).toEqual({ at: NOW.toISOString(), deleted: 1 });
  });

  it('changing the period withdraws the confirmation; the alarm exists only while confirmed', async () => {
    registerRetentionAlarm();
    await setRetentionMonths(12);
    expect(await browser.alarms.get(RETENTION_ALARM)).toBeUndefined();
    await confirmRetention(12);
    expect(await browser.alarms.get(RETENTION_ALARM)).toMatchObject({ periodInMinutes: 1440 });
    await setRetentionMonths(6);
    expect(await browser.alarms.get(RETENTION_ALARM)).toBeUndefined();
    expect(await runRetention(NOW)).toEqual({ ran: false, deleted: [] });
    await expect(confirmRetention(12)).rejects.toThrow(/changed/);
  });

  it('the alarm runs the confirmed deletion', async () => {
    registerRetentionAlarm();
    await setRetentionMonths(1);
    await confirmRetention(1);
    await fakeBrowser.alarms.onAlarm.trigger({ name: RETENTION_ALARM, scheduledTime: Date.now(), persistAcrossSessions: false });
    // Real clock here: Ravi (untouched since 2026-02) goes; Jane (note dated 2027) stays.
    await expect.poll(() => db().candidates.toCollection().primaryKeys()).toEqual([JANE]);
  });
});
