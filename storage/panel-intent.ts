/**
 * What the recruiter asked for with the in-page panel's "Interview went
 * badly?" button, handed from the background to the side panel it opens.
 * In `storage.session` (memory only, extension contexts only): the side
 * panel may load after the click, or already be open, and reads it either way.
 */
import { browser } from 'wxt/browser';

export interface PanelIntent {
  candidateKey: string;
  tabId: number;
  at: string;
}

const KEY = 'panel.intent';
/** An intent older than this was not for the side panel opening now. */
const FRESH_MS = 30 * 1000;

export async function setPanelIntent(intent: PanelIntent): Promise<void> {
  await browser.storage.session.set({ [KEY]: intent });
}

function isFresh(value: unknown, now = Date.now()): value is PanelIntent {
  const v = value as Partial<PanelIntent> | undefined;
  return !!v && typeof v.candidateKey === 'string' && typeof v.tabId === 'number' && now - Date.parse(v.at ?? '') < FRESH_MS;
}

export async function getPanelIntent(): Promise<PanelIntent | null> {
  const value = (await browser.storage.session.get(KEY))[KEY];
  return isFresh(value) ? value : null;
}

/**
 * Calls back with each fresh intent: the one waiting now and every new one.
 * Intents are left in place rather than taken, so every side panel view that
 * opens for that tab within a few seconds acts on it (Chrome may open its own
 * panel page while another view is already open); each view acts on an
 * intent once (see `at`). Returns an unsubscribe.
 */
export function watchPanelIntent(callback: (intent: PanelIntent) => void): () => void {
  let stopped = false;
  const read = () => void getPanelIntent().then((i) => i && !stopped && callback(i)).catch(() => undefined);
  read();
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && changes[KEY]?.newValue !== undefined) read();
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
