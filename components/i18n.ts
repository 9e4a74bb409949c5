/**
 * User-facing strings, through the browser's i18n (public/_locales/<lang>/
 * messages.json). `t()` asks the browser first, so a translation added later
 * needs no code change; it falls back to the bundled English table when the
 * API is missing or silent (unit tests under fakeBrowser, or a key the
 * browser has not loaded). The English file is the one source of keys: a
 * typo in a key is a type error.
 */
import { browser } from 'wxt/browser';
import english from '@/public/_locales/en/messages.json';

interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type MessageKey = keyof typeof english;
type Substitution = string | number;

const ENGLISH: Readonly<Record<string, MessageEntry>> = english;

export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  const subs = substitutions.map(String);
  try {
    const translated = browser.i18n.getMessage(key as never, subs);
    if (translated) return translated;
  } catch {
    // No i18n API in this context (tests): the English table answers.
  }
  return englishMessage(key, subs);
}

/** "1 debrief" / "3 debriefs": the API has no plural rules, so each form is its own key. */
export function tCount(one: MessageKey, other: MessageKey, count: number): string {
  return t(count === 1 ? one : other, formatNumber(count));
}

/** The same substitution rules the browsers apply: `$NAME$` → its placeholder's `$n`, `$$` → `$`. */
export function englishMessage(key: string, subs: readonly string[]): string {
  const entry = ENGLISH[key];
  if (!entry) return key;
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders[name.toLowerCase()] ?? whole)
    .replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')));
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
