import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, resetDbForTests } from '@/storage/db';
import { freshDb } from './fresh-db';

/**
 * Popup and side panel are separate JS realms, each with its own connection
 * to the same database. Importing the storage modules twice (after
 * resetModules) gives two such "pages" here: same database, separate
 * connections, separate module state.
 */
async function extensionPage() {
  vi.resetModules();
  const [notes, debriefs, drafts, database] = await Promise.all([
    import('@/storage/notes'),
    import('@/storage/debriefs'),
    import('@/storage/drafts'),
    import('@/storage/db'),
  ]);
  return { notes, debriefs, drafts, close: () => database.resetDbForTests() };
}

describe('two extension pages writing at once', () => {
  beforeEach(freshDb);

  it('1,000 interleaved writes (notes and debrief fields) lose nothing', async () => {
    const popup = await extensionPage();
    const side = await extensionPage();
    const candidate = { key: 'linkedin:jane-doe', site: 'linkedin', externalId: 'jane-doe', name: 'Jane', headline: '', profileUrl: 'https://www.linkedin.com/in/jane-doe/', createdAt: '', updatedAt: '', lastSeenAt: '' };
    const debrief = await popup.debriefs.startDebrief(candidate);

    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 250; i++) {
      // Each page adds a note and a feedback item, and edits its own field of the same debrief.
      writes.push(popup.notes.addNote(candidate.key, `popup note ${i}`));
      writes.push(side.notes.addNote(candidate.key, `side note ${i}`));
      writes.push(popup.debriefs.addFeedbackItem(debrief.id, { quote: `popup quote ${i}`, saidBy: 'CTO', topic: 'x', sentiment: 'negative' }));
      writes.push(side.debriefs.addFeedbackItem(debrief.id, { quote: `side quote ${i}`, saidBy: 'CFO', topic: 'y', sentiment: 'neutral' }));
    }
    writes.push(popup.debriefs.patchDebrief(debrief.id, { notes: 'popup wrote the notes field' }));
    writes.push(side.debriefs.patchDebrief(debrief.id, { track2: { candidateMessage: 'side wrote the message' } as never }));
    await Promise.all(writes);

    resetDbForTests();
    const notes = await db().notes.toArray();
    expect(notes).toHaveLength(500);
    expect(new Set(notes.map((n) => n.text)).size).toBe(500);
    const stored = (await db().debriefs.get(debrief.id))!;
    expect(stored.feedback).toHaveLength(500);
    expect(stored.feedback.filter((f) => f.quote.startsWith('popup'))).toHaveLength(250);
    expect(stored.notes).toBe('popup wrote the notes field');
    expect(stored.track2.candidateMessage).toBe('side wrote the message');
    expect(stored.track2.candidateStatus).toBe('in-process');
    // The search index saw every write too.
    expect(await db().searchIndex.where('table').equals('notes').count()).toBe(500);
    popup.close();
    side.close();
  }, 30_000);
});

describe('drafts', () => {
  beforeEach(async () => {
    await freshDb();
    localStorage.clear();
  });

  it('come back after the view closes mid-write (write-ahead copy) and after a reload (IndexedDB)', async () => {
    const popup = await extensionPage();
    // Typed, then the popup closed before IndexedDB answered: only the write-ahead copy exists.
    popup.drafts.saveDraft('note:linkedin:jane-doe', 'Client said the sal').catch(() => undefined); // the page dies with it
    popup.close();
    const reopened = await extensionPage();
    expect(await reopened.drafts.loadDraft('note:linkedin:jane-doe')).toBe('Client said the sal');
    // The reopened view brought IndexedDB up to date; a later "reload" with the write-ahead gone still has it.
    await vi.waitFor(async () => expect((await db().drafts.get('note:linkedin:jane-doe'))?.text).toBe('Client said the sal'));
    localStorage.clear();
    const afterReload = await extensionPage();
    expect(await afterReload.drafts.loadDraft('note:linkedin:jane-doe')).toBe('Client said the sal');
  });

  it('stay in the write-ahead copy when IndexedDB refuses the write (quota exceeded)', async () => {
    const page = await extensionPage();
    const { db: pageDb } = await import('@/storage/db');
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    pageDb().drafts.hook('creating', full);
    await expect(page.drafts.saveDraft('note:x', 'must not be lost')).rejects.toThrow(/quota/i);
    pageDb().drafts.hook('creating').unsubscribe(full);
    expect(await page.drafts.loadDraft('note:x')).toBe('must not be lost');
  });
});
