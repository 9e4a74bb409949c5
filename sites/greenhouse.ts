import { GREENHOUSE_MATCHES } from './host-patterns';
import { layeredExtractor } from './layered';
import type { SiteAdapter } from './types';

/** Greenhouse Recruiting: app, app2…app9 and app.eu hosts (never the public job boards). */
const HOST = /^(?:app[2-9]?|app\.eu)\.greenhouse\.io$/i;
/** `/people/<personId>`, optionally `/applications/<applicationId>` or a tab after it. */
const PATH = /^\/people\/(\d{1,15})(?:\/|$)/;

export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  label: 'Greenhouse',
  matches: GREENHOUSE_MATCHES,
  detect(url) {
    if (!HOST.test(url.hostname)) return null;
    const id = PATH.exec(url.pathname)?.[1];
    // The application id (query or path) names an application, not the job: it is not a job id.
    return id ? { externalId: id } : null;
  },
  extract: layeredExtractor({
    site: 'greenhouse',
    profileUrl: (url, match) => `${url.origin}/people/${match.externalId}`,
    titlePatterns: [
      /^(.+?)\s+[|–—-]\s+Greenhouse(?: Recruiting)?$/i, // "Full Name | Greenhouse" (assumed form)
    ],
    containers: [
      '[data-provides="person-header"]', // candidate header hook (assumed)
      '.person-header', // candidate header, class form (assumed)
      '#candidate_profile', // profile page body (assumed)
    ],
    nameSelectors: [
      '[data-provides="person-name"]', // name hook (assumed)
      '.person-header .name', // name in the header (assumed)
      '.person-name', // name, class form (assumed)
    ],
    headlineSelectors: [
      '.person-header .title', // current title and company under the name (assumed)
      '[data-provides="person-title"]', // same, hook form (assumed)
    ],
    jobTitleSelectors: [
      '.application-header .job-name', // job of the application being viewed (assumed)
      '[data-provides="job-name"]', // same, hook form (assumed)
    ],
  }),
  testUrls: {
    positive: [
      'https://app.greenhouse.io/people/123456789',
      'https://app.greenhouse.io/people/123456789?application_id=987654321',
      'https://app4.greenhouse.io/people/55501/applications/77702',
      'https://app.eu.greenhouse.io/people/4242#activity',
    ],
    negative: [
      'https://app.greenhouse.io/people',
      'https://app.greenhouse.io/people?stage_status_id=2',
      'https://app.greenhouse.io/people/new',
      'https://app.greenhouse.io/plans/4455',
      'https://boards.greenhouse.io/acme/jobs/123456',
      'https://app1.greenhouse.io/people/123',
      'https://app.greenhouse.io.evil.example/people/123',
    ],
  },
};
