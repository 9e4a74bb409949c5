/**
 * Keyboard shortcuts (manifest `commands`, declared in wxt.config.ts).
 * `_execute_action` opens the popup by itself; the other two land here.
 *
 * - `open-side-panel`: the side panel (Chrome/Edge) or sidebar (Firefox) in
 *   the current window.
 * - `start-debrief`: the same, and a panel intent for the tab's candidate
 *   (storage/panel-intent.ts, the one hand-over format the in-page panel's
 *   button uses too): the side panel opens that candidate's open debrief, or
 *   puts "Start debrief" in front of the recruiter. It never creates a
 *   debrief by itself: a stray key press must not leave an empty record.
 */
import { browser, type Browser } from 'wxt/browser';
import { setPanelIntent } from '@/storage/panel-intent';
import { getTabCandidate } from '@/storage/tab-state';
import { openSidePanelFor } from './side-panel';

export const COMMANDS = {
  openSidePanel: 'open-side-panel',
  startDebrief: 'start-debrief',
} as const;

export function registerCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => void handleCommand(command, tab));
}

/**
 * Opening the side panel must happen synchronously inside the shortcut's
 * handler (the browser only allows it during the user's gesture), so it is
 * called first, before anything awaits.
 */
export function handleCommand(command: string, tab: Browser.tabs.Tab | undefined): Promise<void> {
  if (command !== COMMANDS.openSidePanel && command !== COMMANDS.startDebrief) return Promise.resolve();
  const tabId = tab?.id;
  const opening = tabId !== undefined ? openSidePanelFor(tabId, tab?.windowId) : Promise.resolve();
  const intent = command === COMMANDS.startDebrief && tabId !== undefined ? handOverCandidate(tabId) : Promise.resolve();
  return Promise.all([opening.catch((e) => console.warn('[Recalibrate] side panel did not open', e)), intent]).then(() => undefined);
}

async function handOverCandidate(tabId: number): Promise<void> {
  const shown = await getTabCandidate(tabId);
  // No candidate on this tab: the side panel opens on "not a candidate" and the recent list.
  if (shown) await setPanelIntent({ candidateKey: shown.candidateKey, tabId, at: new Date().toISOString() });
}
