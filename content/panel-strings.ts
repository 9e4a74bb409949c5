/**
 * The in-page panel's strings, handed to the content script ready-made.
 *
 * `browser.i18n.getMessage` in a content script makes the renderer fetch the
 * extension's whole message catalogue (over a thousand messages) with a
 * synchronous call on the host page's main thread: 10–40 ms on every
 * candidate page, more than the panel's entire budget. So the background
 * writes just these messages, in the browser's language, to `storage.local`
 * (at install, at browser start, and whenever they are missing), and the
 * content script reads them with one asynchronous call alongside the panel
 * switches. Placeholders are kept as markers the content script fills in.
 */
import type { MessageKey } from './i18n';

export const PANEL_MESSAGE_KEYS = [
  'extName',
  'appCancel',
  'appCorrectNameRequired',
  'appFieldName',
  'appInterviewWentBadly',
  'appSave',
  'appSaveFailed',
  'panelAsk',
  'panelChecking',
  'panelCollapse',
  'panelExpand',
  'panelCorrectOpen',
  'panelCtaLabel',
  'panelFieldJobOptional',
  'panelForJob',
  'panelHide',
  'panelNoDebrief',
  'panelOpenDebriefsOne',
  'panelOpenDebriefsOther',
  'panelOverdueOne',
  'panelOverdueOther',
  'panelPastDebriefsOne',
  'panelPastDebriefsOther',
] as const satisfies readonly MessageKey[];

export type PanelMessageKey = (typeof PANEL_MESSAGE_KEYS)[number];

/** `storage.local` key of the bundle. */
export const PANEL_STRINGS_KEY = 'panelStrings';

/** Stand-ins for substitutions $1…$9, from the Unicode private use area (never in a message). */
export const SUBSTITUTION_MARKERS = Array.from({ length: 9 }, (_, i) => String.fromCharCode(0xe001 + i));

export interface PanelStrings {
  /** The extension version that wrote them: an update rewrites them. */
  version: string;
  messages: Partial<Record<PanelMessageKey, string>>;
}

/** Fill a stored message's markers with the substitutions, as the browser would. */
export function fillMarkers(message: string, substitutions: readonly string[]): string {
  return message.replace(/[\ue001-\ue009]/g, (marker) => substitutions[marker.charCodeAt(0) - 0xe001] ?? '');
}

export function isPanelStrings(value: unknown): value is PanelStrings {
  const v = value as PanelStrings | undefined;
  return !!v && typeof v.version === 'string' && !!v.messages && typeof v.messages === 'object';
}
