import { cleanText, MAX_HEADLINE_LENGTH, MAX_NAME_LENGTH } from '@/domain/text';
import { firstText } from './dom';
import { DEMO_MATCHES } from './host-patterns';
import type { SiteAdapter } from './types';

/**
 * The bundled demo ATS page (`npm run demo`). Its host is only in the manifest
 * of `--mode demo` builds, so store builds never run on localhost.
 */
const PATH = /^\/demo\/candidates\/([A-Za-z0-9_-]{1,64})\/?$/;
const HOSTS = new Set(['localhost', '127.0.0.1']);

const NAME_SELECTORS = [
  '[data-candidate-id] h1.candidate-name', // the demo's candidate header
  'main h1', // fallback: the first page heading
] as const;
const HEADLINE_SELECTORS = ['[data-candidate-id] .candidate-headline'] as const;

export const demo: SiteAdapter = {
  id: 'demo',
  label: 'Demo ATS',
  matches: DEMO_MATCHES,
  detect(url) {
    if (!HOSTS.has(url.hostname) || url.protocol !== 'http:') return null;
    const id = PATH.exec(url.pathname)?.[1];
    return id ? { externalId: id } : null;
  },
  extract(doc, _url, match) {
    const card = doc.querySelector('[data-candidate-id]');
    if (!card) return { status: 'pending', reason: 'candidate view not rendered yet' };
    if (card.getAttribute('data-candidate-id') !== match.externalId) {
      return { status: 'pending', reason: 'the page still shows the previous candidate' };
    }
    const name = firstText(doc, NAME_SELECTORS, MAX_NAME_LENGTH);
    if (!name) return { status: 'pending', reason: 'no name yet' };
    const jobEl = card.querySelector('[data-job-id]');
    const jobId = jobEl?.getAttribute('data-job-id') ?? undefined;
    return {
      status: 'candidate',
      page: {
        site: 'demo',
        externalId: match.externalId,
        name,
        headline: firstText(doc, HEADLINE_SELECTORS, MAX_HEADLINE_LENGTH),
        profileUrl: `${_url.origin}/demo/candidates/${match.externalId}`,
        job: jobEl
          ? {
              id: jobId,
              title: cleanText(jobEl.getAttribute('data-job-title'), MAX_HEADLINE_LENGTH) || undefined,
              company: cleanText(jobEl.getAttribute('data-job-company'), MAX_HEADLINE_LENGTH) || undefined,
            }
          : undefined,
      },
    };
  },
  testUrls: {
    positive: ['http://localhost:5178/demo/candidates/priya-raman', 'http://127.0.0.1:8080/demo/candidates/c-1002/'],
    negative: [
      'http://localhost:5178/demo/',
      'http://localhost:5178/demo/candidates/',
      'https://localhost/demo/candidates/x',
      'http://example.com/demo/candidates/priya-raman',
      'http://localhost:5178/demo/candidates/a/b',
    ],
  },
};
