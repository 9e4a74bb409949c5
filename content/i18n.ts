/**
 * `t()` for code that must stay small: the in-page panel's content script
 * (injected into every candidate page) and the popup's first paint. It
 * bundles no message table: the messages file is imported for its key type
 * only, so a typo in a key is still a type error.
 *
 * In the content script the panel's messages come ready-made from
 * `storage.local` (content/panel-strings.ts explains why) once
 * `setPanelStrings` has been given them; until then, or for any other key,
 * it asks the browser. Without the API (unit tests under fakeBrowser) the
 * key itself comes back.
 */
import { browser } from 'wxt/browser';
import type english from '@/public/_locales/en/messages.json';
import { fillMarkers, type PanelStrings } from './panel-strings';

export type MessageKey = keyof typeof english;

let preloaded: PanelStrings['messages'] = {};

/** Messages read from `storage.local` (content script only). */
export function setPanelStrings(strings: PanelStrings | null): void {
  preloaded = strings?.messages ?? {};
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const ready = preloaded[key as keyof typeof preloaded];
  if (ready) return fillMarkers(ready, subs);
  try {
    return browser.i18n.getMessage(key as never, subs) || key;
  } catch {
    return key;
  }
}
