import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t, setPanelStrings } from '@/content/i18n';
import { fillMarkers, PANEL_MESSAGE_KEYS, PANEL_STRINGS_KEY, SUBSTITUTION_MARKERS } from '@/content/panel-strings';
import { readPanelPrefs } from '@/content/settings-reader';
import { publishPanelStrings } from '@/messaging/panel-strings';
import { eraseEverything } from '@/storage/erase';
import { statusLine } from '@/content/panel';
import { englishMessage } from '../../support/english-messages';

/**
 * The in-page panel's strings travel ready-made through storage.local, so a
 * candidate page never makes the renderer load the whole message catalogue
 * (a synchronous call on the host page's main thread).
 */
describe('panel strings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Recalibrate', version: '1.2.3' });
    setPanelStrings(null);
  });

  it('the background writes every panel message once, and again after an update', async () => {
    await publishPanelStrings();
    const stored = (await fakeBrowser.storage.local.get(PANEL_STRINGS_KEY))[PANEL_STRINGS_KEY] as { version: string; messages: Record<string, string> };
    expect(Object.keys(stored.messages).sort()).toEqual([...PANEL_MESSAGE_KEYS].sort());
    expect(stored.messages.panelCtaLabel).toBe(englishMessage('panelCtaLabel', SUBSTITUTION_MARKERS));

    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await publishPanelStrings();
    expect(set).not.toHaveBeenCalled(); // same version and language: nothing to write

    await fakeBrowser.storage.local.set({ [PANEL_STRINGS_KEY]: { ...stored, version: '0.0.1 en' } });
    set.mockClear();
    await publishPanelStrings();
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('once read, the panel answers from them without asking the browser, substitutions in place', async () => {
    await publishPanelStrings();
    await readPanelPrefs();
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    for (const key of PANEL_MESSAGE_KEYS) expect(t(key, 'Priya', 3)).toBe(englishMessage(key, ['Priya', '3']));
    expect(statusLine(null).text).toBe('Checking your records…');
    expect(getMessage).not.toHaveBeenCalled();
  });

  it('covers every message the content script uses (a missing one would make the page load the catalogue)', () => {
    // Files that word something (they import the panel's t()); elsewhere a literal such as the document's
    // 'loading' state only happens to share a message's name.
    const code = readdirSync('content')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(`content/${f}`, 'utf8'))
      .filter((text) => text.includes("from './i18n'"))
      .join('\n');
    const used = [...code.matchAll(/'([A-Za-z0-9_]+)'/g)].map((m) => m[1]!).filter((key) => englishMessage(key) !== '');
    expect(new Set(used).size).toBeGreaterThan(10);
    expect([...new Set(used)].filter((key) => !(PANEL_MESSAGE_KEYS as readonly string[]).includes(key))).toEqual([]);
  });

  it('without them (before the background wrote them) the browser still answers', () => {
    expect(t('panelForJob', 'Plant Manager')).toBe('For: Plant Manager');
  });

  it('markers are filled like the browser fills $1…$9; text that looks like a placeholder stays', () => {
    const [one, two] = SUBSTITUTION_MARKERS;
    expect(fillMarkers(`${two} before ${one}`, ['a', 'b'])).toBe('b before a');
    expect(fillMarkers(`${one} costs $1`, ['It'])).toBe('It costs $1');
    expect(fillMarkers(`${two}`, ['only one'])).toBe('');
  });

  it('reads the site switches with the strings: LinkedIn off until switched on, ATSs on', async () => {
    expect((await readPanelPrefs()).panelOn('linkedin')).toBe(false);
    expect((await readPanelPrefs()).panelOn('greenhouse')).toBe(true);
    await fakeBrowser.storage.local.set({ settings: { panelSites: { linkedin: true, greenhouse: false } } });
    const prefs = await readPanelPrefs();
    expect([prefs.panelOn('linkedin'), prefs.panelOn('greenhouse')]).toEqual([true, false]);
  });

  it('erase everything keeps them (they are not the recruiter’s data), and nothing else', async () => {
    await publishPanelStrings();
    await fakeBrowser.storage.local.set({ settings: { theme: 'dark' }, retention: { months: 6 } });
    await eraseEverything();
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([PANEL_STRINGS_KEY]);
  });
});
