import { browser } from 'wxt/browser';
import { onMessage } from './protocol';
import { isOwnContentScript } from './sender';
import { RejectedMessage } from './background-handlers';

/** LinkedIn's full content script, as built from entrypoints/linkedin.content. */
const CONTENT_SCRIPT_FILE = '/content-scripts/linkedin.js';

/**
 * LinkedIn's URL watch asks for the full content script once the frame may
 * show a candidate: inject it into exactly that frame.
 */
export function registerContentStart(): void {
  onMessage('page.startContentScript', async ({ sender }) => {
    if (!isOwnContentScript(sender)) throw new RejectedMessage('sender not allowed');
    await browser.scripting.executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, files: [CONTENT_SCRIPT_FILE] });
  });
}
