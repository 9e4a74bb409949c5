import { onUrlChange } from './navigation';

/**
 * The tiny first stage of the content script on LinkedIn, where most pages
 * (feed, jobs, messaging, notifications) never show a candidate. It only
 * looks at the URL: no extension API, no adapters, no panel. When the URL
 * may show a candidate (now, or after the page's own single-page
 * navigation), `start` asks for the full content script, once.
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
