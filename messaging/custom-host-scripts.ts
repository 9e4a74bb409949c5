import { browser } from 'wxt/browser';
import { customHostMatches } from '@/sites/generic';
import { loadSettings } from '@/storage/settings';

/**
 * "Any other ATS": the content script is registered at runtime for the
 * recruiter's own hosts, and only for those whose host permission is
 * granted. One function derives the registration from (saved list ∩ granted
 * permissions) and is re-run whenever either changes, at install and at
 * browser start, so the two can never drift apart (a restored backup with
 * hosts but no permission simply registers nothing).
 */
export const CUSTOM_SCRIPT_ID = 'recalibrate-custom-ats';
/** The same built file as the manifest's top-frame content script. */
const CONTENT_SCRIPT_FILE = 'content-scripts/ats.js';

/** Match patterns of saved hosts whose permission is granted. */
export async function grantedCustomMatches(): Promise<string[]> {
  const { customHosts } = await loadSettings();
  const granted: string[] = [];
  for (const host of customHosts) {
    const origins = customHostMatches(host);
    if (await browser.permissions.contains({ origins }).catch(() => false)) granted.push(...origins);
  }
  return granted;
}

async function sync(): Promise<string[]> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return [];
  const matches = await grantedCustomMatches();
  const existing = await scripting.getRegisteredContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  if (existing.length) await scripting.unregisterContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  if (!matches.length) return [];
  const script = { id: CUSTOM_SCRIPT_ID, matches, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' as const, allFrames: false };
  try {
    await scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
  } catch {
    // A browser that cannot persist it: startup re-syncs anyway.
    await scripting.registerContentScripts([{ ...script, persistAcrossSessions: false }]);
  }
  return matches;
}

let queue: Promise<unknown> = Promise.resolve();

/** Re-derive the registration; calls are queued so two triggers never interleave. */
export function syncCustomHostScripts(): Promise<string[]> {
  const next = queue.then(sync, sync);
  queue = next.catch(() => undefined);
  return next;
}

/** Called once from the background entrypoint. */
export function registerCustomHostScripts(): void {
  const resync = () => void syncCustomHostScripts().catch((error) => console.warn('[Recalibrate] custom ATS registration failed', error));
  browser.runtime.onInstalled.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes.settings as { oldValue?: { customHosts?: unknown }; newValue?: { customHosts?: unknown } } | undefined;
    if (area !== 'local' || !change) return;
    if (JSON.stringify(change.oldValue?.customHosts ?? []) !== JSON.stringify(change.newValue?.customHosts ?? [])) resync();
  });
}
