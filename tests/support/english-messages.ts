/**
 * The English messages as a browser serves them, for tests: the views ask
 * `browser.i18n.getMessage`, which the fake browser does not implement, so
 * the shared test setup answers from public/_locales/en/messages.json with
 * the substitution rules the browsers apply.
 */
import english from '@/public/_locales/en/messages.json';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export const ENGLISH_MESSAGES: Readonly<Record<string, MessageEntry>> = english;

/**
 * `getMessage` in English, by Chrome's rules: `$NAME$` becomes its
 * placeholder's content, then `$1`…`$9` the substitutions (a missing one is
 * empty) and `$$` a dollar sign. An unknown key gives "", as in the browsers.
 */
export function englishMessage(key: string, substitutions: readonly string[] = []): string {
  const entry = ENGLISH_MESSAGES[key];
  if (!entry) return '';
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders[name.toLowerCase()] ?? whole)
    .replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (substitutions[Number(what) - 1] ?? '')));
}

/** The signature of `browser.i18n.getMessage`: one substitution or a list of them. */
export function englishGetMessage(key: string, substitutions?: string | number | (string | number)[]): string {
  return englishMessage(key, [substitutions ?? []].flat().map(String));
}
