/**
 * "Any other ATS": hosts the recruiter adds at runtime. Nothing is known of
 * their URLs or markup, so detection guesses the candidate id from the URL and
 * extraction runs the generic layers; the recruiter's one-click correction
 * covers the rest. Not in the static registry: the content script builds it
 * with `createGenericAdapter(customHosts)` and tries it after ADAPTERS.
 */
import { CONTENT_MATCHES } from './host-patterns';
import { layeredExtractor } from './layered';
import { hostMatches } from './match-pattern';
import type { SiteAdapter, UrlMatch } from './types';

export const GENERIC_ADAPTER_ID = 'generic';

/** Query keys that name a candidate, best first (`id` alone is the weakest hint). */
const ID_KEYS = [
  'candidate', 'candidateid', 'candidate_id', 'applicant', 'applicantid', 'applicant_id', 'person',
  'personid', 'person_id', 'profile', 'profileid', 'profile_id', 'talent', 'talentid', 'cid', 'id',
];
/** Path words after which the next segment is the candidate. */
const CANDIDATE_WORDS = new Set([
  'candidate', 'candidates', 'applicant', 'applicants', 'people', 'person', 'persons', 'profile',
  'profiles', 'talent', 'talents', 'contact', 'contacts',
]);
/** Path words after which an id is something else (a job, a client, …). */
const OTHER_WORDS = new Set([
  'job', 'jobs', 'position', 'positions', 'requisition', 'requisitions', 'opening', 'openings',
  'vacancy', 'vacancies', 'offer', 'offers', 'client', 'clients', 'company', 'companies', 'report',
  'reports', 'user', 'users', 'team', 'teams', 'template', 'templates', 'settings', 'invoice', 'invoices',
]);
/** Segments that are views of a record, or actions, never the record's id. */
const NOT_IDS = new Set([
  'new', 'edit', 'view', 'show', 'list', 'search', 'overview', 'details', 'detail', 'activity',
  'activities', 'notes', 'resume', 'cv', 'timeline', 'feed', 'files', 'documents', 'emails',
  'messages', 'pipeline', 'import', 'export', 'all', 'index', 'summary', 'tab', 'tabs', 'info',
]);
const ID_CHARS = /^[A-Za-z0-9_~.=+-]{1,200}$/;
/** Ids longer than this are stored as a hash (bounded keys). */
const MAX_ID_LENGTH = 64;

/** FNV-1a, 32 bit: short stable key for an over-long id. Not security relevant. */
function hashKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `h${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

function looksLikeId(segment: string): boolean {
  if (!ID_CHARS.test(segment) || NOT_IDS.has(segment.toLowerCase())) return false;
  return /\d/.test(segment) || segment.length >= 16; // numbers, uuids, opaque tokens
}

function bounded(id: string): string {
  return id.length > MAX_ID_LENGTH ? hashKey(id) : id;
}

function segmentsOf(path: string): string[] {
  return path
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** Candidate id from a query string, by key priority. */
function idFromQuery(params: URLSearchParams): string | null {
  const byKey = new Map<string, string>();
  for (const [key, value] of params) byKey.set(key.toLowerCase(), value);
  for (const key of ID_KEYS) {
    const value = byKey.get(key);
    if (value && ID_CHARS.test(value) && (key !== 'id' || looksLikeId(value))) return value;
  }
  return null;
}

/** Candidate id from path segments: after a candidate word, else the last id-like segment. */
function idFromPath(segments: readonly string[]): string | null {
  for (let i = segments.length - 2; i >= 0; i -= 1) {
    const word = (segments[i] as string).toLowerCase();
    const next = segments[i + 1] as string;
    if (CANDIDATE_WORDS.has(word) && ID_CHARS.test(next) && !NOT_IDS.has(next.toLowerCase())) return next;
  }
  for (let i = segments.length - 1; i >= 0; i -= 1) {
    const segment = segments[i] as string;
    if (!looksLikeId(segment)) continue;
    const before = segments[i - 1]?.toLowerCase();
    return before && OTHER_WORDS.has(before) ? null : segment;
  }
  return null;
}

/**
 * Pure, best effort: the candidate id a URL of an unknown ATS carries, from
 * the query, the path, or a `#/…` route; null when it shows no single record.
 */
export function genericCandidateId(url: URL): string | null {
  const [hashPath = '', hashQuery = ''] = url.hash.startsWith('#/') ? url.hash.slice(1).split('?', 2) : [];
  const id =
    idFromQuery(url.searchParams) ??
    (hashQuery ? idFromQuery(new URLSearchParams(hashQuery)) : null) ??
    idFromPath(segmentsOf(hashPath)) ??
    idFromPath(segmentsOf(url.pathname));
  return id ? bounded(id) : null;
}

/**
 * What the recruiter typed ("ats.example.com", "https://ats.example.com/x",
 * "*.example.com") → a host pattern, or null when it cannot be a custom ATS
 * host: localhost, IP literals, single labels, bare wildcards.
 */
export function normaliseCustomHost(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').split(/[/?#]/, 1)[0] ?? '';
  text = text.replace(/:\d+$/, '').replace(/\.$/, '');
  const wildcard = text.startsWith('*.');
  const host = wildcard ? text.slice(2) : text;
  if (!/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/.test(host)) return null;
  if (host === 'localhost' || host.endsWith('.localhost')) return null;
  return wildcard ? `*.${host}` : host;
}

/** Match patterns for a normalised custom host (HTTPS only). */
export function customHostMatches(hostPattern: string): string[] {
  return [`https://${hostPattern}/*`];
}

/** Is this host already served by a built-in adapter (no need to add it)? */
export function isBuiltInHost(hostPattern: string): boolean {
  const host = hostPattern.replace(/^\*\./, '');
  return CONTENT_MATCHES.some((pattern) => {
    const patternHost = /^https?:\/\/([^/]+)\//.exec(pattern)?.[1];
    return patternHost !== undefined && hostMatches(host, patternHost);
  });
}

/** A generic adapter limited to the recruiter's own hosts (normalised host patterns). */
export function createGenericAdapter(hostPatterns: readonly string[]): SiteAdapter {
  const hosts = hostPatterns.map((h) => normaliseCustomHost(h)).filter((h): h is string => h !== null);
  return {
    id: GENERIC_ADAPTER_ID,
    label: 'Other ATS',
    matches: hosts.flatMap(customHostMatches),
    hashRouting: true,
    detect(url): UrlMatch | null {
      if (url.protocol !== 'https:' || !hosts.some((h) => hostMatches(url.hostname, h))) return null;
      const id = genericCandidateId(url);
      // Host in the key: two custom systems may both have a candidate 42.
      return id ? { externalId: `${url.hostname.toLowerCase()}/${id}` } : null;
    },
    extract: layeredExtractor({
      site: GENERIC_ADAPTER_ID,
      profileUrl: (url) => url.href,
      containers: [
        '[data-candidate-id]', // a view root carrying the candidate id
        '[itemtype$="schema.org/Person"]', // microdata person
        '[class*="candidate-profile"]', // common class naming
        '[class*="CandidateProfile"]', // CSS-module class naming
      ],
      nameSelectors: [
        '[data-testid="candidate-name"]', // common test hook
        '[itemprop="name"]', // microdata name
        '.candidate-name', // common class naming
      ],
      headlineSelectors: [
        '[data-testid="candidate-headline"]', // common test hook
        '[itemprop="jobTitle"]', // microdata job title
        '.candidate-headline', // common class naming
      ],
      // "Full Name | Product" is the common title form, but the product is unknown: only as a last resort.
      lastResortTitlePatterns: [/^(.+?)\s+[|–—·-]\s+\S/],
    }),
    testUrls: {
      positive: [
        'https://ats.example.com/candidates/12345',
        'https://ats.example.com/app#/people/8a7b6c5d-1111-2222-3333-444455556666/overview',
      ],
      negative: ['https://ats.example.com/jobs/12345', 'https://ats.example.com/candidates'],
    },
  };
}
