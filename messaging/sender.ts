import { browser, type Browser } from 'wxt/browser';

type Sender = Browser.runtime.MessageSender;

/**
 * Accept only our own content scripts (Dark Reader's sender allowlist idea):
 * same extension id, attached to a tab, not an extension page. There is no
 * `externally_connectable`, so other extensions and web pages cannot reach
 * `onMessage` at all; this is the second lock.
 */
export function isOwnContentScript(sender: Sender | undefined): sender is Sender & { tab: { id: number } } {
  if (!sender || sender.id !== browser.runtime.id) return false;
  if (typeof sender.tab?.id !== 'number' || sender.tab.id < 0) return false;
  return !isExtensionUrl(sender.url);
}

/** Our own popup, side panel or options page. */
export function isOwnExtensionPage(sender: Sender | undefined): boolean {
  return !!sender && sender.id === browser.runtime.id && isExtensionUrl(sender.url);
}

function isExtensionUrl(url: string | undefined): boolean {
  return !!url && url.startsWith(browser.runtime.getURL('/'));
}
