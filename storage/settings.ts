/**
 * Recruiter preferences. Not personal data, small, and needed by the content
 * script to decide whether to draw anything: kept in `storage.local` (the
 * extension's own storage area, invisible to host pages).
 */
import { browser } from 'wxt/browser';
import type { ReminderPreferences } from '@/domain/reminders';
import { panelOnFor } from '@/sites/panel-defaults';

export interface Settings {
  /** In-page panel on/off per site id. Missing = the site's default. */
  panelSites: Record<string, boolean>;
  /** Hours from the interview to feedback given to the candidate. */
  feedbackTargetHours: number;
  /** Hours from the interview to a new plan sent to the client. */
  planTargetHours: number;
  theme: 'system' | 'light' | 'dark';
  /** Browser notifications for overdue candidate feedback and client plans (domain/reminders). */
  reminders: ReminderPreferences;
  /**
   * The recruiter's own ATS hosts ("Any other ATS"), normalised host patterns
   * like `ats.example.com` or `*.example.com`. The content script reads this
   * raw value too (content/settings-reader.ts) to build the generic adapter.
   */
  customHosts: string[];
}

export { PANEL_OFF_BY_DEFAULT } from '@/sites/panel-defaults';

export const DEFAULT_SETTINGS: Settings = {
  panelSites: {},
  feedbackTargetHours: 24,
  planTargetHours: 48,
  theme: 'system',
  reminders: { enabled: true },
  customHosts: [],
};

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  const customHosts = Array.isArray(stored?.customHosts) ? stored.customHosts.filter((h) => typeof h === 'string') : [];
  return { ...DEFAULT_SETTINGS, ...stored, panelSites: { ...stored?.panelSites }, customHosts };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function isPanelEnabled(settings: Settings, siteId: string): boolean {
  return panelOnFor(settings.panelSites, siteId);
}

export async function setPanelEnabled(siteId: string, enabled: boolean): Promise<void> {
  const settings = await loadSettings();
  await updateSettings({ panelSites: { ...settings.panelSites, [siteId]: enabled } });
}

/** Calls back whenever settings change in any context. Returns an unsubscribe. */
export function watchSettings(callback: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEY in changes) void loadSettings().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
