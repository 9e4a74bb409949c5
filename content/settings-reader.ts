import { browser } from 'wxt/browser';

/**
 * The one setting the content script reads itself: the recruiter's own ATS
 * hosts, to build the generic adapter on those pages. It reads the raw
 * `storage.local` value instead of importing `@/storage/settings`, so the
 * content bundle never pulls in the storage layer (and never IndexedDB).
 * Everything else (panel on/off, counts) comes from the background.
 */
export async function readCustomHosts(): Promise<string[]> {
  try {
    const stored = (await browser.storage.local.get('settings')).settings as { customHosts?: unknown } | undefined;
    const hosts = stored?.customHosts;
    return Array.isArray(hosts) ? hosts.filter((h): h is string => typeof h === 'string').slice(0, 100) : [];
  } catch {
    return []; // extension reloaded under us: behave as if none were set
  }
}
