import { createGenericAdapter, isBuiltInHost } from '@/sites/generic';
import { findAdapter } from '@/sites/registry';
import type { SiteAdapter } from '@/sites/types';
import type { AdapterLookup } from './adapter-lookup';

/**
 * Which adapter recognises a URL: the built-in ones first (pure regexes, no
 * I/O), then, only on a host no built-in adapter serves, the generic adapter
 * built from the recruiter's own hosts. The host list is read once and again
 * only after settings change, so LinkedIn and the known ATSs never wait for
 * storage.
 */
export function createAdapterLookup(readCustomHosts: () => Promise<string[]>): AdapterLookup {
  let generic: Promise<SiteAdapter | null> | null = null;
  return {
    find(href) {
      const builtIn = findAdapter(href);
      if (builtIn) return builtIn;
      let hostname: string;
      try {
        hostname = new URL(href).hostname;
      } catch {
        return null;
      }
      if (isBuiltInHost(hostname)) return null;
      generic ??= readCustomHosts().then((hosts) => (hosts.length ? createGenericAdapter(hosts) : null));
      return generic.then((adapter) => (adapter ? findAdapter(href, [adapter]) : null));
    },
    invalidate() {
      generic = null;
    },
  };
}
