import { findAdapterIn, type AdapterMatch } from '@/sites/find-adapter';
import type { SiteAdapter } from '@/sites/types';

/** Which adapter recognises a URL, as each content script knows it (content/adapters.ts, or a fixed list). */
export interface AdapterLookup {
  find(href: string): AdapterMatch | null | Promise<AdapterMatch | null>;
  /** Settings changed: read the recruiter's hosts again next time. */
  invalidate(): void;
}

/**
 * A content script declared only for some sites (LinkedIn's candidate pages)
 * carries only their adapters: every candidate page compiles the whole
 * script, so code for other systems is a cost with no use there.
 */
export function fixedAdapterLookup(adapters: readonly SiteAdapter[]): AdapterLookup {
  return { find: (href) => findAdapterIn(href, adapters), invalidate: () => undefined };
}
