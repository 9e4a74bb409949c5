/**
 * Which candidate each tab shows. Kept in `storage.session` (memory only,
 * extension contexts only) so it survives the service worker being stopped,
 * and popup/side panel can follow it live through `storage.onChanged`.
 */
import { browser } from 'wxt/browser';

export interface TabCandidate {
  candidateKey: string;
  site: string;
  url: string;
  at: string;
  /**
   * The name (as corrected, else as the page showed it) and headline when the
   * tab reported them: the popup's and side panel's first paint draws them
   * from here without opening the database (components/first-paint.ts).
   */
  name?: string;
  headline?: string;
}

export const tabStateKey = (tabId: number): string => `tab:${tabId}`;

export async function setTabCandidate(tabId: number, value: TabCandidate | null): Promise<void> {
  if (value) await browser.storage.session.set({ [tabStateKey(tabId)]: value });
  else await browser.storage.session.remove(tabStateKey(tabId));
}

export async function getTabCandidate(tabId: number): Promise<TabCandidate | null> {
  const key = tabStateKey(tabId);
  return ((await browser.storage.session.get(key))[key] as TabCandidate | undefined) ?? null;
}

/** Calls back with the tab's candidate now and on every change. Returns an unsubscribe. */
export function watchTabCandidate(tabId: number, callback: (value: TabCandidate | null) => void): () => void {
  const key = tabStateKey(tabId);
  let stopped = false;
  void getTabCandidate(tabId).then((v) => !stopped && callback(v));
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && key in changes) callback((changes[key]?.newValue as TabCandidate | undefined) ?? null);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
