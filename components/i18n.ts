/**
 * User-facing strings, through the browser's i18n (public/_locales/<lang>/
 * messages.json). `t()` asks the browser, so a translation added later needs
 * no code change. The English file is the one source of keys, imported for
 * its type only (a typo in a key is a type error) so none of its text is
 * bundled: the browsers always have the messages at run time. Where the API
 * gives nothing (a key the browser has not loaded) the key itself comes back.
 */
import { browser } from 'wxt/browser';
import type english from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;
type Substitution = string | number;

export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  try {
    return browser.i18n.getMessage(key as never, substitutions.map(String)) || key;
  } catch {
    return key;
  }
}

/** "1 debrief" / "3 debriefs": the API has no plural rules, so each form is its own key. */
export function tCount(one: MessageKey, other: MessageKey, count: number): string {
  return t(count === 1 ? one : other, formatNumber(count));
}

/** The UI language, for number and date formatting that matches the strings. */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

export function formatNumber(value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(uiLocale(), { maximumFractionDigits }).format(value);
}
