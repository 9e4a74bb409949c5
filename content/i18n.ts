/**
 * `t()` for code that must stay small: the in-page panel's content script
 * (injected into every candidate page) and the popup's first paint. It asks
 * the browser only: components/i18n.ts would bundle the whole English table
 * as a fallback. The messages file is imported for its key type only, so a
 * typo in a key is still a type error and nothing of it is bundled. Without
 * the API (unit tests under fakeBrowser) the key itself comes back.
 */
import { browser } from 'wxt/browser';
import type english from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  try {
    return browser.i18n.getMessage(key as never, substitutions.map(String)) || key;
  } catch {
    return key;
  }
}
