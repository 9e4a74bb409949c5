import { WORKABLE_MATCHES } from './host-patterns';
import { layeredExtractor } from './layered';
import type { SiteAdapter } from './types';

/** `<account>.workable.com`; the public subdomains are never the recruiter's backend. */
const HOST = /^([a-z0-9-]+)\.workable\.com$/i;
const PUBLIC_SUBDOMAINS = new Set(['www', 'apply', 'jobs', 'help', 'resources', 'careers', 'api']);
const PATHS: readonly RegExp[] = [
  /^\/backend\/jobs\/([A-Za-z0-9]+)\/candidates\/([A-Za-z0-9]+)(?:\/|$)/, // candidate on a job
  /^\/backend\/jobs\/([A-Za-z0-9]+)\/browser\/[^/]+\/candidate\/([A-Za-z0-9]+)(?:\/|$)/, // pipeline browser, any stage
];

export const workable: SiteAdapter = {
  id: 'workable',
  label: 'Workable',
  matches: WORKABLE_MATCHES,
  detect(url) {
    const sub = HOST.exec(url.hostname)?.[1];
    if (!sub || PUBLIC_SUBDOMAINS.has(sub.toLowerCase())) return null;
    for (const path of PATHS) {
      const m = path.exec(url.pathname);
      if (m?.[1] && m[2]) return { externalId: m[2], jobId: m[1] };
    }
    return null;
  },
  extract: layeredExtractor({
    site: 'workable',
    profileUrl: (url, match) => `${url.origin}/backend/jobs/${match.jobId ?? ''}/candidates/${match.externalId}`,
    // No title patterns: the title form is unknown and may name the job instead of the person.
    containers: [
      '[data-ui="candidate-profile"]', // candidate panel (assumed data-ui hook)
      '[data-role="candidate-profile"]', // same, older hook (assumed)
    ],
    nameSelectors: [
      '[data-ui="candidate-name"]', // name in the panel header (assumed)
      '[data-role="candidate-name"]', // same, older hook (assumed)
    ],
    headlineSelectors: [
      '[data-ui="candidate-headline"]', // headline under the name (assumed)
    ],
    jobTitleSelectors: [
      '[data-ui="job-title"]', // job header above the pipeline (assumed)
    ],
  }),
  testUrls: {
    positive: [
      'https://acme.workable.com/backend/jobs/2345678/candidates/98765432',
      'https://acme-recruiting.workable.com/backend/jobs/2345678/browser/applied/candidate/98765432',
      'https://acme.workable.com/backend/jobs/C0FFEE12/candidates/ab12cd34/timeline',
    ],
    negative: [
      'https://acme.workable.com/backend/jobs/2345678',
      'https://acme.workable.com/backend/jobs/2345678/browser/applied',
      'https://apply.workable.com/acme/j/C0FFEE12/',
      'https://jobs.workable.com/view/abc',
      'https://acme.workable.com.evil.example/backend/jobs/1/candidates/2',
    ],
  },
};
