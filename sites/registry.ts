import { demo } from './demo';
import { linkedin } from './linkedin';
import type { SiteAdapter, UrlMatch } from './types';

/**
 * Every adapter, in the order they are tried (architecture rule 1: one file
 * per system, one explicit list). The structure test checks each one here has
 * test URLs, fixtures and its host patterns in the manifest.
 */
export const ADAPTERS: readonly SiteAdapter[] = [linkedin, demo];

export interface AdapterMatch {
  adapter: SiteAdapter;
  match: UrlMatch;
}

/** Pure: which adapter recognises this URL as a candidate page, if any. */
export function findAdapter(href: string, adapters: readonly SiteAdapter[] = ADAPTERS): AdapterMatch | null {
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

export function adapterById(id: string): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.id === id);
}
