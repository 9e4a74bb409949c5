import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/storage/db';
import { PROBE, search } from '@/storage/search';
import { addNote, deleteNote, updateNote } from '@/storage/notes';
import { upsertCandidateFromPage } from '@/storage/candidates';
import { addFeedbackItem, patchDebrief, startDebrief } from '@/storage/debriefs';
import { freshDb } from './fresh-db';

const jane = { site: 'linkedin', externalId: 'jane-doe', name: 'Jane Doe', headline: 'Engineering Manager at Globex', profileUrl: 'https://www.linkedin.com/in/jane-doe/' };
const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const marked = (segments: { text: string; match: boolean }[]) => segments.filter((s) => s.match).map((s) => s.text);

describe('search', () => {
  beforeEach(freshDb);

  it('finds notes by word prefix, all words required, accents folded', async () => {
    const c = await upsertCandidateFromPage(jane);
    await addNote(c.key, 'Client said stakeholder management was weak.');
    await addNote(c.key, 'Zoë prefers hybrid work.');
    let r = await search('stake man');
    expect(r.groups.note).toHaveLength(1);
    expect(marked(r.groups.note[0]!.snippet)).toEqual(['stake', 'man']);
    expect(r.groups.note[0]!.title).toBe('Note · Jane Doe');
    expect(r.groups.note[0]!.candidateKey).toBe(c.key);
    r = await search('zoe');
    expect(text(r.groups.note[0]!.snippet)).toBe('Zoë prefers hybrid work.');
    expect((await search('stake hybrid')).groups.note).toHaveLength(0);
  });

  it('keeps the index current on update and delete', async () => {
    const c = await upsertCandidateFromPage(jane);
    const n = await addNote(c.key, 'Kubernetes in production');
    await new Promise((r) => setTimeout(r, 5)); // a later updatedAt, so the entry's key changes
    await updateNote(n.id, 'Terraform only');
    expect(await db().searchIndex.where('table').equals('notes').count()).toBe(1);
    expect((await search('kubernetes')).counts.note).toBe(0);
    expect((await search('terraform')).counts.note).toBe(1);
    await deleteNote(n.id);
    expect((await search('terraform')).counts.note).toBe(0);
    expect(await db().searchIndex.where('table').equals('notes').count()).toBe(0);
  });

  it('finds candidates by name and headline, debriefs by client, role and feedback', async () => {
    const c = await upsertCandidateFromPage({ ...jane, job: { title: 'Head of Platform', company: 'Initech' } });
    const d = await startDebrief(c);
    await addFeedbackItem(d.id, { quote: 'Too hands-off on architecture', saidBy: 'CTO', topic: 'Technical depth', sentiment: 'negative' });
    expect((await search('jane')).groups.candidate[0]?.candidateKey).toBe(c.key);
    expect((await search('globex')).groups.candidate).toHaveLength(1);
    const byClient = await search('initech');
    expect(byClient.groups.debrief[0]).toMatchObject({ debriefId: d.id, candidateKey: c.key, title: 'Head of Platform · Initech — Jane Doe' });
    const byQuote = await search('hands archi');
    expect(marked(byQuote.groups.debrief[0]!.snippet)).toEqual(['hands', 'archi']);
    await patchDebrief(d.id, { notes: 'Rebook with the CFO' });
    expect((await search('cfo')).groups.debrief).toHaveLength(1);
  });

  it('finds briefs through their versions, one result per brief', async () => {
    await db().briefs.add({ id: 'b1', clientCompany: 'Acme', roleTitle: 'Data Lead', status: 'open', currentVersion: 2, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' });
    for (const version of [1, 2]) {
      await db().briefVersions.add({ id: `bv${version}`, briefId: 'b1', version, content: { title: 'Data Lead', mustHaves: ['dbt', 'Snowflake'] } as never, reason: 'x', createdAt: `2026-01-0${version}T00:00:00.000Z` });
    }
    const r = await search('snowflake');
    expect(r.groups.brief).toHaveLength(1);
    expect(r.groups.brief[0]).toMatchObject({ briefId: 'b1', title: 'Data Lead · Acme' });
  });

  it('treats markup in notes as text', async () => {
    const c = await upsertCandidateFromPage(jane);
    await addNote(c.key, 'Pasted <script>alert(1)</script> from the test');
    const r = await search('script');
    expect(text(r.groups.note[0]!.snippet)).toBe('Pasted <script>alert(1)</script> from the test');
  });

  it('ranks newest first within each kind', async () => {
    const c = await upsertCandidateFromPage(jane);
    await db().notes.bulkAdd(
      ['2026-01-03', '2026-01-01', '2026-01-02'].map((day, i) => ({ id: `n${i}`, candidateKey: c.key, text: `Budget talk ${day}`, createdAt: `${day}T00:00:00.000Z`, updatedAt: `${day}T00:00:00.000Z` })),
    );
    expect((await search('budget')).groups.note.map((h) => text(h.snippet))).toEqual(['Budget talk 2026-01-03', 'Budget talk 2026-01-02', 'Budget talk 2026-01-01']);
  });

  it('counts exactly when a word is rare, and reads only what it shows when words are common', async () => {
    const c = await upsertCandidateFromPage(jane);
    const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const notes = Array.from({ length: PROBE + 100 }, (_, i) => ({ id: `c${i}`, candidateKey: c.key, text: `common word ${i % 7 === 0 ? 'zebra' : ''}`, createdAt: at(i), updatedAt: at(i) }));
    await db().notes.bulkAdd(notes);
    const zebras = notes.filter((n) => n.text.includes('zebra')).reverse();
    const rare = await search('zebra');
    expect(rare.truncated).toBe(false);
    expect(rare.counts.note).toBe(zebras.length);
    const both = await search('common zebra');
    expect(both.groups.note.map((h) => text(h.snippet))).toEqual(zebras.slice(0, 6).map((n) => n.text.trim()));
    const broad = await search('common');
    expect(broad.truncated).toBe(true);
    expect(broad.counts.note).toBe(PROBE);
    expect(text(broad.groups.note[0]!.snippet)).toBe(notes.at(-1)!.text.trim());
  }, 30_000);

  it('returns nothing for an empty or one-letter query', async () => {
    expect((await search('  ')).words).toEqual([]);
    expect((await search('a')).groups.note).toEqual([]);
  });

  it('clearing a table clears its index entries', async () => {
    const c = await upsertCandidateFromPage(jane);
    await addNote(c.key, 'Alpha beta');
    await db().notes.clear();
    expect(await db().searchIndex.where('table').equals('notes').count()).toBe(0);
    expect(await db().searchIndex.where('table').equals('candidates').count()).toBe(1);
  });
});
