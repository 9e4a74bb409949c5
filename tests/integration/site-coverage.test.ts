import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackgroundHandlers } from '@/messaging/background-handlers';
import { CUSTOM_SCRIPT_ID, syncCustomHostScripts } from '@/messaging/custom-host-scripts';
import { messenger } from '@/messaging/protocol';
import { upsertCandidateFromPage } from '@/storage/candidates';
import { addCustomHost, removeCustomHost } from '@/storage/custom-hosts';
import { db } from '@/storage/db';
import { loadSettings, updateSettings } from '@/storage/settings';
import { deliver } from './deliver';
import { freshDb } from './fresh-db';

/**
 * Background side of site coverage: recruiter-added hosts, corrections from
 * the panel, the one-panel-per-candidate frame choice, and the runtime
 * content script registration. Messages arrive exactly as
 * @webext-core/messaging delivers them.
 */
const ID = fakeBrowser.runtime.id;
const frame = (url: string, frameId = 0, tabId = 7) => ({ id: ID, url, tab: { id: tabId, windowId: 1 }, frameId });
const custom = { site: 'generic', externalId: 'ats.example-agency.com/4711', name: 'Samuel Carter', headline: '', profileUrl: 'https://ats.example-agency.com/candidates/4711' };
const CUSTOM_URL = 'https://ats.example-agency.com/candidates/4711';

/** Frames answering "which candidate do you hold?" as their content scripts would. */
function framesHold(holdings: Record<number, string | null>) {
  fakeBrowser.tabs.sendMessage = vi.fn(((_tab: number, message: { type: string }, options: { frameId?: number } | undefined, reply: (r: unknown) => void) => {
    const frameId = options?.frameId ?? 0;
    if (message.type === 'frame.showing' && frameId in holdings) reply({ res: { candidateKey: holdings[frameId] } });
    else reply(message.type === 'panel.refresh' && frameId in holdings ? { res: undefined } : undefined);
  }) as never);
}

describe('site coverage in the background', () => {
  beforeEach(async () => {
    await freshDb();
    vi.stubGlobal('chrome', fakeBrowser);
    messenger.removeAllListeners();
    registerBackgroundHandlers();
    framesHold({});
  });

  it('a custom ATS snapshot is accepted only while its host is on the recruiter’s list', async () => {
    expect((await deliver('page.candidateFound', custom, frame(CUSTOM_URL))).err?.message).toMatch(/does not match the sender site/);
    expect(await db().candidates.count()).toBe(0);
    await addCustomHost('ats.example-agency.com');
    expect((await deliver('page.candidateFound', custom, frame(CUSTOM_URL))).res).toMatchObject({ candidateKey: 'generic:ats.example-agency.com/4711', displayName: 'Samuel Carter' });
    await removeCustomHost('ats.example-agency.com');
    expect((await deliver('page.candidateFound', custom, frame(CUSTOM_URL))).err?.message).toMatch(/does not match/);
  });

  it('the panel corrects the candidate its frame shows; the correction wins over the page from then on', async () => {
    const url = 'https://app.greenhouse.io/people/1001';
    const page = { site: 'greenhouse', externalId: '1001', name: 'Jordan Avery', headline: 'Engineer', profileUrl: url };
    await deliver('page.candidateFound', page, frame(url));
    await db().candidates.update('greenhouse:1001', { correction: { company: 'Northwind' } });
    const reply = await deliver('candidate.correct', { candidateKey: 'greenhouse:1001', name: 'Jordan Avery-Lund', jobTitle: 'Staff Engineer' }, frame(url));
    expect(reply.res).toMatchObject({ displayName: 'Jordan Avery-Lund', jobTitle: 'Staff Engineer', otherFrameShows: false });
    expect((await db().candidates.get('greenhouse:1001'))?.correction).toEqual({ name: 'Jordan Avery-Lund', jobTitle: 'Staff Engineer', company: 'Northwind' });
    // The page still says the old name on the next visit: the correction is what shows.
    expect((await deliver('page.candidateFound', page, frame(url))).res).toMatchObject({ displayName: 'Jordan Avery-Lund' });
    expect((await deliver('candidate.peek', { site: 'greenhouse', externalId: '1001' }, frame(url))).res).toMatchObject({ corrected: true, status: { displayName: 'Jordan Avery-Lund' } });
  });

  it('a page cannot correct anyone but the candidate its own frame reported', async () => {
    const url = 'https://app.greenhouse.io/people/1001';
    await deliver('page.candidateFound', { site: 'greenhouse', externalId: '1001', name: 'Jordan Avery', headline: '', profileUrl: url }, frame(url));
    await upsertCandidateFromPage({ site: 'lever', externalId: 'x1', name: 'Someone Else', headline: '', profileUrl: 'https://hire.lever.co/candidates/x1' });
    const attempts = [
      [{ candidateKey: 'lever:x1', name: 'Mallory', jobTitle: '' }, frame(url)],
      [{ candidateKey: 'greenhouse:1001', name: 'Mallory', jobTitle: '' }, frame(url, 0, 99)], // another tab
      [{ candidateKey: 'greenhouse:1001', name: 'Mallory', jobTitle: '' }, frame(url, 3)], // another frame
      [{ candidateKey: 'greenhouse:1001', name: '   ', jobTitle: '' }, frame(url)], // no name
      [{ candidateKey: 'greenhouse:1001', name: 'Mallory', jobTitle: '', extra: 1 }, frame(url)],
      [{ candidateKey: 'greenhouse:1001', name: 'Mallory', jobTitle: '' }, { id: 'evil', url, tab: { id: 7 }, frameId: 0 }],
    ] as const;
    for (const [payload, sender] of attempts) expect((await deliver('candidate.correct', payload, sender)).err, JSON.stringify(payload)).toBeDefined();
    expect((await db().candidates.get('lever:x1'))?.correction).toBeUndefined();
    expect((await db().candidates.get('greenhouse:1001'))?.correction).toBeUndefined();
  });

  it('one panel per candidate across frames: the record frame draws, the shell yields, and draws again when the record frame leaves', async () => {
    const shell = 'https://app.bullhornstaffing.com/content/record/Candidate/778899/overview';
    const record = 'https://cls21.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?Entity=Candidate&id=778899';
    const snapshot = (url: string) => ({ site: 'bullhorn', externalId: '778899', name: 'Oluwaseun Adebayo', headline: '', profileUrl: url });
    framesHold({ 0: 'bullhorn:778899', 4: 'bullhorn:778899' });
    expect((await deliver('page.candidateFound', snapshot(shell), frame(shell, 0))).res.otherFrameShows).toBe(false);
    expect((await deliver('page.candidateFound', snapshot(record), frame(record, 4))).res.otherFrameShows).toBe(false);
    // The shell was asked to report again, and now yields.
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(7, expect.objectContaining({ type: 'panel.refresh' }), { frameId: 0 }, expect.any(Function));
    expect((await deliver('page.candidateFound', snapshot(shell), frame(shell, 0))).res.otherFrameShows).toBe(true);
    // The record frame navigates away without saying goodbye: the shell checks, finds it gone, draws.
    framesHold({ 0: 'bullhorn:778899', 4: null });
    expect((await deliver('page.candidateFound', snapshot(shell), frame(shell, 0))).res.otherFrameShows).toBe(false);
    // The tab's candidate is the top frame's.
    expect(await fakeBrowser.storage.session.get('tab:7')).toMatchObject({ 'tab:7': { candidateKey: 'bullhorn:778899', url: shell } });
  });

  it('a record frame inside a page we do not run on speaks for the tab, and leaving clears it', async () => {
    const record = 'https://cls21.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?Entity=Candidate&id=42';
    await deliver('page.candidateFound', { site: 'bullhorn', externalId: '42', name: 'Grace Okafor', headline: '', profileUrl: record }, frame(record, 5));
    expect(await fakeBrowser.storage.session.get('tab:7')).toMatchObject({ 'tab:7': { candidateKey: 'bullhorn:42' } });
    await deliver('page.candidateCleared', undefined, frame(record, 5));
    expect(await fakeBrowser.storage.session.get('tab:7')).toEqual({});
  });

  it('a goodbye counts by document: an unloading top frame (no longer frame 0) is heard, a reloaded page’s late goodbye is not', async () => {
    const url = 'https://app.greenhouse.io/people/1001';
    const page = { site: 'greenhouse', externalId: '1001', name: 'Jordan Avery', headline: '', profileUrl: url };
    const doc = (documentId: string, frameId = 0) => ({ ...frame(url, frameId), documentId });
    // Reload: the new document reports before the old one's goodbye arrives.
    await deliver('page.candidateFound', page, doc('D1'));
    await deliver('page.candidateFound', page, doc('D2'));
    await deliver('page.candidateCleared', undefined, doc('D1', 5));
    expect(await fakeBrowser.storage.session.get('tab:7')).toMatchObject({ 'tab:7': { candidateKey: 'greenhouse:1001' } });
    // Navigating away to a page we do not run on: the goodbye comes from a frame id that is no longer 0.
    await deliver('page.candidateCleared', undefined, doc('D2', 5));
    expect(await fakeBrowser.storage.session.get('tab:7')).toEqual({});
  });

  it('badge.refresh is for extension pages only', async () => {
    expect((await deliver('badge.refresh', { tabId: 7 }, frame('https://app.greenhouse.io/people/1'))).err?.message).toMatch(/sender not allowed/);
    expect((await deliver('badge.refresh', { tabId: 7 }, { id: ID, url: fakeBrowser.runtime.getURL('/popup.html') })).err).toBeUndefined();
  });

  it('a snapshot with no name keeps what was known about the person', async () => {
    const url = 'https://app.greenhouse.io/people/9';
    await upsertCandidateFromPage({ site: 'greenhouse', externalId: '9', name: 'Wen Li', headline: 'Designer', profileUrl: url });
    await upsertCandidateFromPage({ site: 'greenhouse', externalId: '9', name: '', headline: '', profileUrl: `${url}?tab=activity` });
    expect(await db().candidates.get('greenhouse:9')).toMatchObject({ name: 'Wen Li', headline: 'Designer', profileUrl: url });
  });
});

describe('runtime content script for the recruiter’s own hosts', () => {
  let granted: Set<string>;
  let registered: Array<{ id: string; matches?: string[]; js?: string[]; persistAcrossSessions?: boolean }>;

  beforeEach(() => {
    granted = new Set();
    registered = [];
    fakeBrowser.permissions.contains = vi.fn(async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => granted.has(o))) as never;
    const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
    scripting.getRegisteredContentScripts = vi.fn(async (f?: { ids?: string[] }) => registered.filter((s) => !f?.ids || f.ids.includes(s.id)));
    scripting.registerContentScripts = vi.fn(async (scripts: typeof registered) => void registered.push(...scripts));
    scripting.unregisterContentScripts = vi.fn(async (f?: { ids?: string[] }) => void (registered = registered.filter((s) => f?.ids && !f.ids.includes(s.id))));
  });

  it('registers the top-frame script for saved hosts whose permission is granted, and only those', async () => {
    await updateSettings({ customHosts: ['ats.example-agency.com', '*.hire.example.org'] });
    expect(await syncCustomHostScripts()).toEqual([]);
    expect(registered).toEqual([]);
    granted.add('https://ats.example-agency.com/*');
    expect(await syncCustomHostScripts()).toEqual(['https://ats.example-agency.com/*']);
    expect(registered).toEqual([
      { id: CUSTOM_SCRIPT_ID, matches: ['https://ats.example-agency.com/*'], js: ['content-scripts/ats.js'], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
    ]);
    granted.add('https://*.hire.example.org/*');
    await syncCustomHostScripts();
    expect(registered.map((s) => s.matches)).toEqual([['https://ats.example-agency.com/*', 'https://*.hire.example.org/*']]);
    // Removed from the list (or the permission revoked): unregistered.
    await updateSettings({ customHosts: [] });
    await syncCustomHostScripts();
    expect(registered).toEqual([]);
  });

  it('settings keep only strings in the host list', async () => {
    await fakeBrowser.storage.local.set({ settings: { customHosts: ['ats.example.com', 42, null] } });
    expect((await loadSettings()).customHosts).toEqual(['ats.example.com']);
  });
});
