import { GENERIC_ADAPTER_ID } from '@/sites/generic';
import { hostMatches } from '@/sites/match-pattern';
import { adapterById } from '@/sites/registry';

/**
 * A content script may only speak for the system it runs on: a page on one
 * host must not plant a candidate of another system (or another customer's
 * ATS). Hosts are compared, not paths: `sender.url` lags behind same-document
 * navigations, so after a `pushState` it can still show the previous route.
 */
function hostOf(pattern: string): string | null {
  return /^https?:\/\/([^/]+)\//.exec(pattern)?.[1] ?? null;
}

export function senderHostname(senderUrl: string | undefined): string | null {
  try {
    return senderUrl ? new URL(senderUrl).hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * Built-in systems: the sender's host is one of the adapter's hosts. The
 * generic adapter: the host is on the recruiter's saved list, and the
 * snapshot's id is keyed by that very host (`<hostname>/<id>`).
 */
export function senderMaySpeakFor(
  senderUrl: string | undefined,
  snapshot: { site: string; externalId: string },
  customHosts: readonly string[],
): boolean {
  const hostname = senderHostname(senderUrl);
  if (!hostname) return false;
  if (snapshot.site === GENERIC_ADAPTER_ID) {
    return customHosts.some((h) => hostMatches(hostname, h)) && snapshot.externalId.startsWith(`${hostname}/`);
  }
  const adapter = adapterById(snapshot.site);
  if (!adapter) return false;
  return adapter.matches.some((pattern) => {
    const host = hostOf(pattern);
    return host !== null && hostMatches(hostname, host);
  });
}
