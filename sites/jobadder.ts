import { JOBADDER_MATCHES } from './host-patterns';
import { layeredExtractor } from './layered';
import type { SiteAdapter } from './types';

const HOST = 'app.jobadder.com';
const PATH = /^\/candidates\/(\d{1,12})(?:\/|$)/;

export const jobadder: SiteAdapter = {
  id: 'jobadder',
  label: 'JobAdder',
  matches: JOBADDER_MATCHES,
  detect(url) {
    if (url.hostname !== HOST) return null;
    const id = PATH.exec(url.pathname)?.[1];
    return id ? { externalId: id } : null;
  },
  extract: layeredExtractor({
    site: 'jobadder',
    profileUrl: (_url, match) => `https://app.jobadder.com/candidates/${match.externalId}`,
    titlePatterns: [
      /^(.+?)\s+[|–—-]\s+(?:Candidate\s+[|–—-]\s+)?JobAdder$/i, // "Full Name - JobAdder" (assumed form)
    ],
    containers: [
      '.candidate-view', // candidate record view (assumed)
      '[data-candidate-id]', // record root carrying the id (assumed)
    ],
    idAttributes: ['data-candidate-id'],
    nameSelectors: [
      '.record-header .record-name', // name in the record header (assumed)
      '.candidate-name', // name, class form (assumed)
    ],
    headlineSelectors: [
      '.record-header .record-subtitle', // current position (assumed)
    ],
  }),
  testUrls: {
    positive: ['https://app.jobadder.com/candidates/1234567', 'https://app.jobadder.com/candidates/42/activity'],
    negative: [
      'https://app.jobadder.com/candidates',
      'https://app.jobadder.com/candidates/search?q=x',
      'https://app.jobadder.com/jobs/1234567',
      'https://jobadder.com/candidates/1234567',
    ],
  },
};
