import { VINCERE_MATCHES } from './host-patterns';
import { layeredExtractor } from './layered';
import type { SiteAdapter } from './types';

/** `<tenant>.vincere.io`; `www` is the vendor's own site. URL shape unverified: see sites.md. */
const HOST = /^([a-z0-9-]+)\.vincere\.io$/i;
const PATH = /^\/candidateDashboard\.do$/i;

export const vincere: SiteAdapter = {
  id: 'vincere',
  label: 'Vincere',
  matches: VINCERE_MATCHES,
  detect(url) {
    const tenant = HOST.exec(url.hostname)?.[1];
    if (!tenant || tenant.toLowerCase() === 'www' || !PATH.test(url.pathname)) return null;
    const id = url.searchParams.get('id');
    return id && /^\d{1,12}$/.test(id) ? { externalId: id } : null;
  },
  extract: layeredExtractor({
    site: 'vincere',
    profileUrl: (url, match) => `${url.origin}/candidateDashboard.do?id=${match.externalId}`,
    titlePatterns: [
      /^(.+?)\s+[|–—-]\s+Vincere$/i, // "Full Name - Vincere" (assumed form)
    ],
    containers: [
      '.candidate-dashboard', // dashboard body (assumed)
      '#candidateHeader', // record header (assumed)
    ],
    nameSelectors: [
      '#candidateHeader .candidate-name', // header name (assumed)
      '.candidate-name', // name, class form (assumed)
    ],
    headlineSelectors: [
      '#candidateHeader .candidate-job-title', // current job title (assumed)
    ],
  }),
  testUrls: {
    positive: [
      'https://acme.vincere.io/candidateDashboard.do?id=123456',
      'https://acme-uk.vincere.io/candidateDashboard.do?tabId=1&id=42',
    ],
    negative: [
      'https://acme.vincere.io/candidateDashboard.do',
      'https://acme.vincere.io/jobDashboard.do?id=123',
      'https://www.vincere.io/candidateDashboard.do?id=1',
      'https://acme.vincere.io/candidateDashboard.do?id=abc',
    ],
  },
};
