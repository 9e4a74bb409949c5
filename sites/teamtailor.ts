import { TEAMTAILOR_MATCHES } from './host-patterns';
import { layeredExtractor } from './layered';
import type { SiteAdapter } from './types';

const HOST = 'app.teamtailor.com';
const PATH = /^\/companies\/([A-Za-z0-9_-]{1,64})\/candidates\/(\d{1,12})(?:\/|$)/;

export const teamtailor: SiteAdapter = {
  id: 'teamtailor',
  label: 'Teamtailor',
  matches: TEAMTAILOR_MATCHES,
  detect(url) {
    if (url.hostname !== HOST) return null;
    const id = PATH.exec(url.pathname)?.[2];
    return id ? { externalId: id } : null;
  },
  extract: layeredExtractor({
    site: 'teamtailor',
    profileUrl: (url) => `${url.origin}${PATH.exec(url.pathname)?.[0].replace(/\/$/, '') ?? url.pathname}`,
    titlePatterns: [
      /^(.+?)\s+[|–—-]\s+Teamtailor$/i, // "Full Name - Teamtailor" (assumed form)
    ],
    containers: [
      '[data-test-candidate-id]', // candidate view root carrying the id (assumed Ember test hook)
      '.candidate-view', // candidate view, class form (assumed)
    ],
    idAttributes: ['data-test-candidate-id'],
    nameSelectors: [
      '[data-test-candidate-name]', // name (assumed Ember test hook)
      '.candidate-header h2', // name in the header card (assumed)
    ],
    headlineSelectors: [
      '[data-test-candidate-pitch]', // pitch/headline under the name (assumed)
    ],
    jobTitleSelectors: [
      '[data-test-job-title]', // job of the selected application (assumed)
    ],
  }),
  testUrls: {
    positive: [
      'https://app.teamtailor.com/companies/aBc123xYz/candidates/12345678',
      'https://app.teamtailor.com/companies/aBc123xYz/candidates/42/notes',
    ],
    negative: [
      'https://app.teamtailor.com/companies/aBc123xYz/candidates',
      'https://app.teamtailor.com/companies/aBc123xYz/candidates/segment/all',
      'https://app.teamtailor.com/companies/aBc123xYz/jobs/555',
      'https://career.teamtailor.com/jobs/555-engineer',
    ],
  },
};
