import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackgroundHandlers } from '@/messaging/background-handlers';
import { messenger } from '@/messaging/protocol';
import { db } from '@/storage/db';
import { deliver } from './deliver';
import { freshDb } from './fresh-db';

/**
 * The background is the only door to the database for content scripts: it
 * must open for our own content scripts only, with well-formed payloads.
 * Messages are delivered exactly as @webext-core/messaging sends them.
 */
const ID = fakeBrowser.runtime.id;
const PROFILE = 'https://www.linkedin.com/in/jane-doe/';
const page = { site: 'linkedin', externalId: 'jane-doe', name: 'Jane Doe', headline: 'Engineering Manager', profileUrl: PROFILE };
const contentScript = { id: ID, url: PROFILE, tab: { id: 12, windowId: 1 }, frameId: 0 };

const rejectedSenders: Array<[string, object]> = [
  ['another extension', { ...contentScript, id: 'evil-extension-id' }],
  ['no sender id (a web page)', { url: PROFILE, tab: { id: 12 } }],
  ['a sender without a tab', { id: ID, url: PROFILE }],
  ['a negative tab id', { ...contentScript, tab: { id: -1 } }],
  ['our own extension page (content-only messages)', { id: ID, url: `chrome-extension://${ID}/popup.html`, tab: { id: 12 } }],
];

const malformed: Array<[string, unknown]> = [
  ['no payload', undefined],
  ['a string', 'linkedin:jane-doe'],
  ['a missing name', { ...page, name: undefined }],
  ['a number for a name', { ...page, name: 42 }],
  ['an unexpected extra field', { ...page, isAdmin: true }],
  ['a javascript: profile link', { ...page, profileUrl: 'javascript:alert(1)' }],
  ['a data: profile link', { ...page, profileUrl: 'data:text/html,hi' }],
  ['an upper-case site id with markup', { ...page, site: '<Script>' }],
  ['a 100,000-character headline', { ...page, headline: 'x'.repeat(100_000) }],
  ['an empty external id', { ...page, externalId: '' }],
];

async function nothingStored() {
  expect(await db().candidates.count()).toBe(0);
  expect(await fakeBrowser.storage.session.get(null)).toEqual({});
}

describe('background message handlers', () => {
  beforeEach(async () => {
    await freshDb();
    // @webext-core/messaging talks to `chrome.runtime` directly.
    vi.stubGlobal('chrome', fakeBrowser);
    messenger.removeAllListeners();
    registerBackgroundHandlers();
  });

  it('store what our own content script reports', async () => {
    const reply = await deliver('page.candidateFound', page, contentScript);
    expect(reply.err).toBeUndefined();
    expect(reply.res).toMatchObject({ candidateKey: 'linkedin:jane-doe', openDebriefs: 0 });
    expect(await db().candidates.get('linkedin:jane-doe')).toMatchObject({ name: 'Jane Doe' });
    expect(await fakeBrowser.storage.session.get('tab:12')).toMatchObject({ 'tab:12': { candidateKey: 'linkedin:jane-doe' } });
  });

  it('carry the name and headline in the tab’s state, for the popup’s first paint', async () => {
    await deliver('page.candidateFound', page, contentScript);
    expect(await fakeBrowser.storage.session.get('tab:12')).toMatchObject({ 'tab:12': { name: 'Jane Doe', headline: 'Engineering Manager' } });
  });

  it('leave no state for a tab closed while its report was on its way', async () => {
    const inFlight = deliver('page.candidateFound', page, { ...contentScript, tab: { id: 13, windowId: 1 } });
    await fakeBrowser.tabs.onRemoved.trigger(13, { windowId: 1, isWindowClosing: false });
    expect((await inFlight).res).toMatchObject({ candidateKey: 'linkedin:jane-doe' });
    const session = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(session).filter((k) => k.endsWith(':13'))).toEqual([]);
  });

  it('are idempotent: a retried report leaves the same state (a restarted worker may get it twice)', async () => {
    const first = await deliver('page.candidateFound', page, contentScript);
    const sessionAfterFirst = Object.keys(await fakeBrowser.storage.session.get(null)).sort();
    const second = await deliver('page.candidateFound', page, contentScript);
    expect(second.res).toEqual(first.res);
    expect(await db().candidates.count()).toBe(1);
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).sort()).toEqual(sessionAfterFirst);
    await deliver('page.candidateCleared', undefined, contentScript);
    await deliver('page.candidateCleared', undefined, contentScript);
    expect(await fakeBrowser.storage.session.get('tab:12')).toEqual({});
  });

  for (const [name, sender] of rejectedSenders) {
    it(`reject a report from ${name}, storing nothing`, async () => {
      const reply = await deliver('page.candidateFound', page, sender);
      expect(reply.err?.message).toMatch(/sender not allowed/);
      await nothingStored();
    });

    it(`reject "open side panel" and "cleared" from ${name}`, async () => {
      await fakeBrowser.storage.session.set({ 'tab:12': { candidateKey: 'linkedin:jane-doe', site: 'linkedin', url: PROFILE, at: '2026-01-01T00:00:00.000Z' } });
      expect((await deliver('panel.openSidePanel', { candidateKey: 'linkedin:jane-doe' }, sender)).err?.message).toMatch(/sender not allowed/);
      expect((await deliver('page.candidateCleared', undefined, sender)).err?.message).toMatch(/sender not allowed/);
      expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['tab:12']);
    });
  }

  for (const [name, payload] of malformed) {
    it(`reject a payload with ${name}, storing nothing`, async () => {
      const reply = await deliver('page.candidateFound', payload, contentScript);
      expect(reply.err).toBeDefined();
      await nothingStored();
    });
  }

  it('reject a snapshot claiming another site than the page it came from', async () => {
    const reply = await deliver('page.candidateFound', { ...page, site: 'greenhouse', profileUrl: 'https://app.greenhouse.io/people/1' }, contentScript);
    expect(reply.err?.message).toMatch(/does not match the sender site/);
    await nothingStored();
  });

  it('reject a malformed side-panel request', async () => {
    expect((await deliver('panel.openSidePanel', { candidateKey: 'x' }, contentScript)).err).toBeDefined();
    expect((await deliver('panel.openSidePanel', { candidateKey: 'linkedin:jane-doe', extra: 1 }, contentScript)).err).toBeDefined();
  });
});
