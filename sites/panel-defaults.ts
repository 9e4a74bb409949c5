/**
 * Whether the in-page panel draws on a site, decided from the recruiter's
 * per-site switches. Shared by the settings (storage/settings.ts) and the
 * content script, which reads the raw switches itself to draw the panel
 * before the background has answered.
 */

/**
 * LinkedIn's user agreement forbids tools that overlay its pages, so drawing
 * there is the recruiter's explicit choice; ATS pages default to on.
 */
export const PANEL_OFF_BY_DEFAULT: ReadonlySet<string> = new Set(['linkedin', 'linkedin-recruiter']);

/** A missing switch means the site's default. */
export function panelOnFor(panelSites: Readonly<Record<string, boolean>> | undefined, siteId: string): boolean {
  return panelSites?.[siteId] ?? !PANEL_OFF_BY_DEFAULT.has(siteId);
}
