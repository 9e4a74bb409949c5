import type { SiteAdapter, UrlMatch } from './types';

export interface AdapterMatch {
  adapter: SiteAdapter;
  match: UrlMatch;
}

/**
 * Pure: which of these adapters recognises the URL as a candidate page, if
 * any. Kept apart from the registry so a content script can carry only the
 * adapters of the sites it is declared for.
 */
export function findAdapterIn(href: string, adapters: readonly SiteAdapter[]): AdapterMatch | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  for (const adapter of adapters) {
    const match = adapter.detect(url);
    if (match) return { adapter, match };
  }
  return null;
}
