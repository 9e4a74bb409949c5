import { onUrlChange } from './navigation';

/**
 * What runs on LinkedIn pages that cannot show a candidate (feed, jobs,
 * messaging, notifications): a URL watch, nothing else. No extension API, no
 * adapters, no panel. When the page's own single-page navigation reaches a
 * URL that may show a candidate, `start` asks for the full content script,
 * once. (Pages loaded at such a URL get the full script from the manifest:
 * LINKEDIN_CANDIDATE_PAGE_MATCHES, the same paths as below.)
 */

/** Paths that can show a candidate: member profiles and LinkedIn Recruiter. A superset of what the adapters detect. */
const CANDIDATE_PATH = /^\/(?:in|talent)\//i;

export function mayShowCandidate(href: string): boolean {
  try {
    return CANDIDATE_PATH.test(new URL(href).pathname);
  } catch {
    return false;
  }
}

export function watchUntilCandidate(start: () => void): void {
  if (mayShowCandidate(location.href)) return start();
  const watching = new AbortController();
  onUrlChange((href) => {
    if (!mayShowCandidate(href)) return;
    watching.abort();
    start();
  }, watching.signal);
}
