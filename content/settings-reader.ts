import { browser } from 'wxt/browser';
import { panelOnFor } from '@/sites/panel-defaults';
import { setPanelStrings } from './i18n';
import { isPanelStrings, PANEL_STRINGS_KEY } from './panel-strings';

/**
 * The few settings the content script reads itself, in one read, straight from the raw
 * `storage.local` values instead of importing `@/storage/settings`, so the
 * content bundle never pulls in the storage layer (and never IndexedDB):
 * - the recruiter's own ATS hosts, to build the generic adapter on those pages;
 * - the per-site panel switches and the panel's strings, so the panel can be
 *   drawn the moment a name is found, before the background answers with the
 *   candidate's records (which stays the authority: its answer redraws or removes).
 */
type StoredSettings = { customHosts?: unknown; panelSites?: unknown } | undefined;

export interface PanelPrefs {
  panelOn(siteId: string): boolean;
  /** The recruiter's own ATS hosts (at most 100). */
  customHosts: string[];
}

/** One read for all of it; the panel's strings are installed for `t()` as a side effect. */
export async function readPanelPrefs(): Promise<PanelPrefs> {
  try {
    const stored = await browser.storage.local.get(['settings', PANEL_STRINGS_KEY]);
    const strings = stored[PANEL_STRINGS_KEY];
    setPanelStrings(isPanelStrings(strings) ? strings : null);
    const settings = stored.settings as StoredSettings;
    const sites = settings?.panelSites;
    const switches = sites && typeof sites === 'object' ? (sites as Record<string, boolean>) : undefined;
    const hosts = settings?.customHosts;
    const customHosts = Array.isArray(hosts) ? hosts.filter((h): h is string => typeof h === 'string').slice(0, 100) : [];
    return { panelOn: (siteId) => panelOnFor(switches, siteId), customHosts };
  } catch {
    // Extension reloaded under us: no hosts of its own, and wait for the background's answer.
    return { panelOn: () => false, customHosts: [] };
  }
}
