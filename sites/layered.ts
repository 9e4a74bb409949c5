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
import { cleanText, MAX_HEADLINE_LENGTH } from '@/domain/text';
import { frameDocuments, isInside, isReady, isShown, openShadowRoots, queryAll, type Root } from './deep-query';
import { firstMatch, jsonLdObjects, metaContent } from './dom';
import { nameFrom, pageTitle, siteNames } from './names';
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

/** Pages any system serves at a candidate URL when it shows no candidate. */
const BASE_NOT_CANDIDATE_SELECTORS = [
  'input[type="password"]', // sign-in form: session expired or no access
] as const;
const BASE_NOT_CANDIDATE_TITLES = [
  /^(?:404\b|page not found|not found|sign[ -]?in\b|log[ -]?in\b|access denied|forbidden|session expired)/i,
  /\b(?:page not found|404 not found)\b/i,
] as const;

/** Matches read per selector; a name slot is near the top, never the 500th element. */
const MAX_MATCHES = 25;

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
