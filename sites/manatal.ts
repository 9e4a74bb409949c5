import { MANATAL_MATCHES } from './host-patterns';
import { layeredExtractor } from './layered';
import type { SiteAdapter } from './types';

const HOST = 'app.manatal.com';
const PATH = /^\/candidates\/(\d{1,12})(?:\/|$)/;

export const manatal: SiteAdapter = {
  id: 'manatal',
  label: 'Manatal',
  matches: MANATAL_MATCHES,
  detect(url) {
    if (url.hostname !== HOST) return null;
    const id = PATH.exec(url.pathname)?.[1];
    return id ? { externalId: id } : null;
  },
  extract: layeredExtractor({
    site: 'manatal',
    profileUrl: (_url, match) => `https://app.manatal.com/candidates/${match.externalId}`,
    titlePatterns: [
      /^(.+?)\s+[|–—-]\s+Manatal$/i, // "Full Name | Manatal" (assumed form)
    ],
    containers: [
      '.candidate-profile', // profile page body (assumed)
      '.candidate-header', // header card (assumed)
    ],
    nameSelectors: [
      '.candidate-header .candidate-name', // header name (assumed)
      '.candidate-name', // name, class form (assumed)
    ],
    headlineSelectors: [
      '.candidate-header .candidate-position', // current position (assumed)
    ],
  }),
  testUrls: {
    positive: ['https://app.manatal.com/candidates/1234567', 'https://app.manatal.com/candidates/42/overview'],
    negative: [
      'https://app.manatal.com/candidates',
      'https://app.manatal.com/jobs/1234567',
      'https://app.manatal.com/candidates/new',
      'https://www.manatal.com/candidates/1',
    ],
  },
};
