import { browser } from 'wxt/browser';

/**
 * A short welcome page on first install (never on update or browser
 * restart): what the extension does, where the data lives, and how to try it.
 */
export function registerOnboarding(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openWelcome();
  });
}

export function openWelcome(): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
