import { browser } from 'wxt/browser';
import { panelOnFor } from '@/sites/panel-defaults';
import { usePanelStrings } from './i18n';
import { isPanelStrings, PANEL_STRINGS_KEY } from './panel-strings';

/**
 * The few settings the content script reads itself, straight from the raw
 * `storage.local` values instead of importing `@/storage/settings`, so the
 * content bundle never pulls in the storage layer (and never IndexedDB):
 * - the recruiter's own ATS hosts, to build the generic adapter on those pages;
 * - the per-site panel switches and the panel's strings, so the panel can be
 *   drawn the moment a name is found, before the background answers with the
 *   candidate's records (which stays the authority: its answer redraws or removes).
 */
type StoredSettings = { customHosts?: unknown; panelSites?: unknown } | undefined;

export async function readCustomHosts(): Promise<string[]> {
  try {
    const stored = (await browser.storage.local.get('settings')).settings as StoredSettings;
    const hosts = stored?.customHosts;
    return Array.isArray(hosts) ? hosts.filter((h): h is string => typeof h === 'string').slice(0, 100) : [];
  } catch {
    return []; // extension reloaded under us: behave as if none were set
  }
}

export interface PanelPrefs {
  panelOn(siteId: string): boolean;
}

/** One read for the panel switches and strings; the strings are installed for `t()` as a side effect. */
export async function readPanelPrefs(): Promise<PanelPrefs> {
  try {
    const stored = await browser.storage.local.get(['settings', PANEL_STRINGS_KEY]);
    const strings = stored[PANEL_STRINGS_KEY];
    usePanelStrings(isPanelStrings(strings) ? strings : null);
    const sites = (stored.settings as StoredSettings)?.panelSites;
    const switches = sites && typeof sites === 'object' ? (sites as Record<string, boolean>) : undefined;
    return { panelOn: (siteId) => panelOnFor(switches, siteId) };
  } catch {
    return { panelOn: () => false }; // extension reloaded under us: wait for the background's answer
  }
}
