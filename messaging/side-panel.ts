import { browser } from 'wxt/browser';

/**
 * Open the side panel (Chrome/Edge) or sidebar (Firefox) in the sender's
 * window. Must be called synchronously from the message listener: both
 * browsers only allow it inside the user's click.
 */
export function openSidePanelFor(tabId: number, windowId: number | undefined): Promise<void> {
  const g = globalThis as unknown as {
    chrome?: { sidePanel?: { open(o: { windowId?: number; tabId?: number }): Promise<void> } };
    browser?: { sidebarAction?: { open(): Promise<void> } };
  };
  if (g.chrome?.sidePanel) {
    return g.chrome.sidePanel.open(windowId !== undefined ? { windowId } : { tabId });
  }
  if (g.browser?.sidebarAction) return g.browser.sidebarAction.open();
  // No side panel API (unexpected): fall back to the same view in a tab.
  return browser.tabs.create({ url: `${browser.runtime.getURL('/sidepanel.html')}?tabId=${tabId}` }).then(() => undefined);
}
