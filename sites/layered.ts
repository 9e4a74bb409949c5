/**
 * Layered extraction for systems whose markup nobody outside can see (every
 * ATS): the URL already gave the id; the name comes from the first layer that
 * yields a plausible one, in this order:
 *   1. page-title patterns (per adapter),
 *   2. visible name/heading selectors, inside the candidate container when the
 *      page has one (per adapter, then any `h1`),
 *   3. meta tags / JSON-LD `Person`,
 *   4. ARIA level-1 headings,
 *   5. loose title patterns (generic adapter only).
 * Nothing found means `pending`: the content script retries for a bounded
 * time, then asks the recruiter "who is this?". A vendor markup change
 * therefore degrades the panel, never breaks it, and never throws.
 */
import type { CandidatePage, JobRef } from '@/domain/candidate';
import { cleanText, MAX_HEADLINE_LENGTH, MAX_NAME_LENGTH } from '@/domain/text';
import { firstMatch, jsonLdObjects, metaContent } from './dom';
import type { Extraction, UrlMatch } from './types';

export interface LayeredSpec {
  /** Adapter id, the `site` of the snapshot. */
  site: string;
  /** Canonical URL of the candidate on that system. */
  profileUrl(url: URL, match: UrlMatch): string;
  /** The candidate view, best first. When one is present, names are only read inside it. */
  containers?: readonly string[];
  /** `document.title` patterns; capture group 1 is the name. */
  titlePatterns?: readonly RegExp[];
  /** Name slots near the top of the candidate view, best first (`h1` is always tried after them). */
  nameSelectors?: readonly string[];
  headlineSelectors?: readonly string[];
  /** Where the page names the job the candidate is seen against. */
  jobTitleSelectors?: readonly string[];
  /** Markers of a page of this system that is no candidate (login, error, list view). */
  notCandidateSelectors?: readonly string[];
  notCandidateTitles?: readonly RegExp[];
  /** Attributes carrying the shown candidate's id, on or in the container (stale-DOM check). */
  idAttributes?: readonly string[];
  /** Candidate id of a link around the name, when it links to a profile (stale-DOM check). */
  idFromHref?(href: string): string | null;
  /** Also search open shadow roots (web-component UIs), with a bounded walk. */
  shadowDom?: boolean;
  /** Also read same-origin child frames (records rendered in iframes). */
  frames?: boolean;
  /** More words that are this product's chrome, never a person. */
  junkNames?: readonly string[];
  /**
   * Also try any `h1` and ARIA level-1 heading (default true). Off where the
   * page's own h1 names something else (a project, a job).
   */
  anyHeading?: boolean;
  /** Title patterns tried only after every DOM layer failed. */
  lastResortTitlePatterns?: readonly RegExp[];
}

/** Navigation labels and placeholders that headings show instead of a person. */
const JUNK_NAMES = new Set([
  'candidate', 'candidates', 'all candidates', 'my candidates', 'new candidate', 'add candidate',
  'profile', 'profiles', 'candidate profile', 'people', 'person', 'talent', 'talent pool',
  'applicant', 'applicants', 'application', 'applications', 'pipeline', 'jobs', 'job', 'openings',
  'dashboard', 'home', 'inbox', 'search', 'search results', 'results', 'settings', 'reports',
  'overview', 'activity', 'notes', 'details', 'resume', 'cv', 'contacts', 'contact', 'clients',
  'loading', 'please wait', 'untitled', 'unknown', 'no name', 'error', 'not found',
  'page not found', 'access denied', 'sign in', 'log in', 'login', 'welcome', 'no results',
  // Product names: the app header is often the first heading on the page.
  'linkedin', 'linkedin recruiter', 'recruiter', 'greenhouse', 'greenhouse recruiting', 'lever',
  'lever hire', 'ashby', 'workable', 'smartrecruiters', 'smart recruiters', 'bullhorn',
  'bullhorn staffing', 'novo', 'jobadder', 'recruit crm', 'recruitcrm', 'vincere', 'teamtailor',
  'recruitee', 'manatal',
]);

/** Raw text beyond this is not worth cleaning: it is no name either way. */
const RAW_TEXT_LIMIT = 4_000;

/** Pages any system serves at a candidate URL when it shows no candidate. */
const BASE_NOT_CANDIDATE_SELECTORS = [
  'input[type="password"]', // sign-in form: session expired or no access
] as const;
const BASE_NOT_CANDIDATE_TITLES = [
  /^(?:404\b|page not found|not found|sign[ -]?in\b|log[ -]?in\b|access denied|forbidden|session expired)/i,
  /\b(?:page not found|404 not found)\b/i,
] as const;

/** Bounds for the shadow-root walk: web-component UIs, not whole-page scans. */
const SHADOW_WALK_NODES = 5_000;
const MAX_SHADOW_ROOTS = 100;
const MAX_SHADOW_DEPTH = 4;
const MAX_FRAMES = 5;
/** Matches read per selector; a name slot is near the top, never the 500th element. */
const MAX_MATCHES = 25;

/** Is this cleaned text plausibly a person's name (not chrome, placeholder, email, id)? */
export function isPlausibleName(text: string, extraJunk: readonly string[] = []): boolean {
  if (!text || Array.from(text).length > MAX_NAME_LENGTH) return false;
  if (!/\p{L}/u.test(text)) return false; // digits only, punctuation, a lone "…"
  if (text.includes('@') || text.includes('://')) return false; // email or URL
  const key = text.toLowerCase().replace(/[\s.…:·|–—-]+$/u, '');
  if (JUNK_NAMES.has(key) || extraJunk.some((junk) => junk.toLowerCase() === key)) return false;
  return !/^(?:loading|please wait|untitled|unnamed)\b/.test(key);
}

/** Page text → a clean name, or '' when it cannot be one. */
export function nameFrom(raw: string | null | undefined, extraJunk: readonly string[] = []): string {
  if (!raw) return '';
  const text = cleanText(raw.slice(0, RAW_TEXT_LIMIT), RAW_TEXT_LIMIT);
  return isPlausibleName(text, extraJunk) ? text : '';
}

/** `document.title` without a leading notification count like "(3) ". */
export function pageTitle(doc: Document): string {
  return cleanText(doc.title, 500).replace(/^\(\d+\+?\)\s*/, '');
}

type Root = Document | ShadowRoot;

/** Open shadow roots under `root`, found by a bounded walk (closed roots are invisible by design). */
export function openShadowRoots(root: Root): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  let budget = SHADOW_WALK_NODES;
  const visit = (scope: Root, depth: number): void => {
    const doc = scope.nodeType === 9 ? (scope as Document) : scope.ownerDocument;
    if (!doc) return;
    const walker = doc.createTreeWalker(scope, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let node = walker.nextNode(); node && budget > 0; node = walker.nextNode()) {
      budget -= 1;
      const shadow = (node as Element).shadowRoot;
      if (!shadow || found.length >= MAX_SHADOW_ROOTS) continue;
      found.push(shadow);
      if (depth < MAX_SHADOW_DEPTH) visit(shadow, depth + 1);
    }
  };
  visit(root, 1);
  return found;
}

/** Documents of same-origin child frames; cross-origin frames are skipped without error. */
export function frameDocuments(doc: Document): Document[] {
  const docs: Document[] = [];
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame')).slice(0, MAX_FRAMES)) {
    try {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      if (inner?.body) docs.push(inner);
    } catch {
      // Cross-origin: that frame runs its own content script.
    }
  }
  return docs;
}

function queryAll(roots: readonly ParentNode[], selector: string, limit: number): Element[] {
  const out: Element[] = [];
  for (const root of roots) {
    let matches: NodeListOf<Element>;
    try {
      matches = root.querySelectorAll(selector);
    } catch {
      return out; // a selector this engine does not support: treat as no match
    }
    for (let i = 0; i < matches.length && out.length < limit; i += 1) out.push(matches[i] as Element);
    if (out.length >= limit) break;
  }
  return out;
}

/** Inside `container`, also through shadow boundaries (host chain, bounded). */
function isInside(el: Element, container: Element): boolean {
  let node: Node | null = el;
  for (let hops = 0; node && hops <= MAX_SHADOW_DEPTH; hops += 1) {
    if (container.contains(node)) return true;
    const root = node.getRootNode() as Node & { host?: Element };
    node = root.host ?? null;
  }
  return false;
}

/** Rendered for the user: not hidden, not inside a template. */
function isShown(el: Element): boolean {
  return !el.closest('[hidden], template');
}

/** Shown and not part of a skeleton still loading (`aria-busy`). */
function isReady(el: Element): boolean {
  return !el.closest('[hidden], template, [aria-busy="true"]');
}

interface Hit {
  text: string;
  el: Element;
}

/**
 * First readable text for the selectors. With a container, only inside it
 * (another row of a list must never win). Without one, only an unambiguous
 * answer: a selector matching several different texts is skipped, because a
 * "who is this?" prompt is better than the wrong person.
 */
function pick(
  roots: readonly Root[],
  container: Element | null,
  selectors: readonly string[],
  read: (el: Element) => string,
): Hit | null {
  const scope: ParentNode[] = container
    ? [container, ...roots.filter((r): r is ShadowRoot => 'host' in r && isInside(r.host, container))]
    : [...roots];
  for (const selector of selectors) {
    const found = queryAll(scope, selector, MAX_MATCHES).filter(isReady);
    if (container) {
      for (const el of found) {
        const text = read(el);
        if (text) return { text, el };
      }
      continue;
    }
    const distinct = new Map<string, Element>();
    for (const el of found) {
      const text = read(el);
      if (text && !distinct.has(text)) distinct.set(text, el);
    }
    if (distinct.size === 1) {
      const [text, el] = distinct.entries().next().value as [string, Element];
      return { text, el };
    }
  }
  return null;
}

/** The product's own name, as the page states it: never a person (app-header h1s show it). */
function siteNames(doc: Document, title: string): string[] {
  const names = [metaContent(doc, 'og:site_name'), metaContent(doc, 'application-name')];
  const parts = title.split(/\s+[|–—·-]\s+/);
  if (parts.length > 1) names.push(parts[parts.length - 1] as string);
  return names.map((n) => cleanText(n, MAX_NAME_LENGTH)).filter(Boolean);
}

function fromTitle(title: string, patterns: readonly RegExp[] | undefined, junk: readonly string[]): string {
  for (const pattern of patterns ?? []) {
    const name = nameFrom(pattern.exec(title)?.[1], junk);
    if (name) return name;
  }
  return '';
}

/** Meta tags and JSON-LD: a `Person` with a job wins over any other (an article author, say). */
function fromMetadata(doc: Document, junk: readonly string[]): { name: string; headline: string } {
  const people = jsonLdObjects(doc).filter((o) => o['@type'] === 'Person' && typeof o.name === 'string');
  const person = people.find((p) => p.jobTitle || p.worksFor) ?? (people.length === 1 ? people[0] : undefined);
  if (person) {
    const name = nameFrom(String(person.name), junk);
    const jobTitle = Array.isArray(person.jobTitle) ? person.jobTitle[0] : person.jobTitle;
    if (name) return { name, headline: cleanText(typeof jobTitle === 'string' ? jobTitle : '', MAX_HEADLINE_LENGTH) };
  }
  const first = metaContent(doc, 'profile:first_name');
  const last = metaContent(doc, 'profile:last_name');
  const profileTitle = metaContent(doc, 'og:type') === 'profile' ? metaContent(doc, 'og:title') : '';
  return { name: nameFrom(`${first} ${last}`, junk) || nameFrom(profileTitle, junk), headline: '' };
}

/** The container (or an element in it) names another candidate: the SPA has not re-rendered yet. */
function showsOtherId(container: Element, attributes: readonly string[], externalId: string): boolean {
  for (const attribute of attributes) {
    const el = container.hasAttribute(attribute) ? container : container.querySelector(`[${attribute}]`);
    const shown = el?.getAttribute(attribute)?.trim();
    if (shown) return shown.toLowerCase() !== externalId.toLowerCase();
  }
  return false;
}

function linkedIdAround(el: Element, spec: LayeredSpec): string | null {
  if (!spec.idFromHref) return null;
  const href = (el.closest('a[href]') ?? el.querySelector('a[href]'))?.getAttribute('href');
  return href ? spec.idFromHref(href) : null;
}

function layered(doc: Document, url: URL, match: UrlMatch, spec: LayeredSpec): Extraction {
  const title = pageTitle(doc);
  const notTitles = [...BASE_NOT_CANDIDATE_TITLES, ...(spec.notCandidateTitles ?? [])];
  if (notTitles.some((re) => re.test(title)) || firstMatch(doc, [...BASE_NOT_CANDIDATE_SELECTORS, ...(spec.notCandidateSelectors ?? [])])) {
    return { status: 'not-candidate', reason: `${spec.site} shows no candidate here` };
  }
  const docs = [doc, ...(spec.frames ? frameDocuments(doc) : [])];
  const roots: Root[] = docs.flatMap((d) => [d, ...(spec.shadowDom ? openShadowRoots(d) : [])]);
  let container: Element | null = null;
  for (const selector of spec.containers ?? []) {
    container = queryAll(roots, selector, 5).find(isShown) ?? null;
    if (container) break;
  }
  if (container && showsOtherId(container, spec.idAttributes ?? [], match.externalId)) {
    return { status: 'pending', reason: 'the page still shows the previous candidate' };
  }

  const readLine = (el: Element) => cleanText(el.textContent, MAX_HEADLINE_LENGTH);
  const jobSelectors = spec.jobTitleSelectors ?? [];
  const jobTitle = (pick(roots, container, jobSelectors, readLine) ?? (container ? pick(roots, null, jobSelectors, readLine) : null))?.text;
  // The job's title is never the person's name (a title pattern or h1 may show the job instead).
  const junk = [...(spec.junkNames ?? []), ...siteNames(doc, title), ...(jobTitle ? [jobTitle] : [])];
  const readName = (el: Element) => nameFrom(el.textContent, junk);
  let name = fromTitle(title, spec.titlePatterns, junk);
  let headline = '';
  if (!name) {
    const headings = spec.anyHeading === false ? [] : ['h1'];
    const hit = pick(roots, container, [...(spec.nameSelectors ?? []), ...headings], readName);
    if (hit) {
      const linked = linkedIdAround(hit.el, spec);
      if (linked && linked !== match.externalId) {
        return { status: 'pending', reason: 'the page still shows the previous candidate' };
      }
      name = hit.text;
    }
  }
  if (!name) ({ name, headline } = fromMetadata(doc, junk));
  if (!name && spec.anyHeading !== false) {
    name = pick(roots, container, ['[role="heading"][aria-level="1"]'], readName)?.text ?? '';
  }
  if (!name) name = fromTitle(title, spec.lastResortTitlePatterns, junk);
  if (!name) return { status: 'pending', reason: 'no candidate name on the page yet' };

  const shownHeadline = pick(roots, container, spec.headlineSelectors ?? [], readLine)?.text ?? '';
  headline = shownHeadline || headline;
  if (headline === name) headline = '';

  const page: CandidatePage = { site: spec.site, externalId: match.externalId, name, headline, profileUrl: spec.profileUrl(url, match) };
  if (match.jobId || jobTitle) {
    const job: JobRef = {};
    if (match.jobId) job.id = match.jobId;
    if (jobTitle) job.title = jobTitle;
    page.job = job;
  }
  return { status: 'candidate', page };
}

/** Run the layers; any surprise in hostile markup becomes `pending`, never an exception. */
export function extractLayered(doc: Document, url: URL, match: UrlMatch, spec: LayeredSpec): Extraction {
  try {
    return layered(doc, url, match, spec);
  } catch {
    return { status: 'pending', reason: 'the page could not be read' };
  }
}

/** Adapter `extract` bound to a spec. */
export function layeredExtractor(spec: LayeredSpec): (doc: Document, url: URL, match: UrlMatch) => Extraction {
  return (doc, url, match) => extractLayered(doc, url, match, spec);
}
