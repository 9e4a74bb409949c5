import { browser } from 'wxt/browser';
import { isPanelStrings, PANEL_MESSAGE_KEYS, PANEL_STRINGS_KEY, SUBSTITUTION_MARKERS, type PanelStrings } from '@/content/panel-strings';

/**
 * Writes the in-page panel's messages, in the browser's language, where the
 * content script reads them (content/panel-strings.ts says why). Checked
 * whenever the service worker starts: cheap (one read), and it covers
 * install, update (the version changes), a new browser language (the
 * browser restarts, and so does the worker) and "erase everything".
 */
export function registerPanelStrings(): void {
  void publishPanelStrings().catch(() => undefined);
}

export async function publishPanelStrings(): Promise<void> {
  const version = browser.runtime.getManifest().version;
  const stored = (await browser.storage.local.get(PANEL_STRINGS_KEY))[PANEL_STRINGS_KEY];
  const language = browser.i18n.getUILanguage();
  if (isPanelStrings(stored) && stored.version === `${version} ${language}`) return;
  await browser.storage.local.set({ [PANEL_STRINGS_KEY]: panelStrings(`${version} ${language}`) });
}

export function panelStrings(version: string): PanelStrings {
  const messages: PanelStrings['messages'] = {};
  for (const key of PANEL_MESSAGE_KEYS) {
    const message = browser.i18n.getMessage(key, SUBSTITUTION_MARKERS);
    if (message) messages[key] = message;
  }
  return { version, messages };
}
