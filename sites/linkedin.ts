import { cleanText, MAX_HEADLINE_LENGTH, MAX_NAME_LENGTH } from '@/domain/text';
import { firstMatch, firstText, jsonLdObjects, metaContent } from './dom';
import { LINKEDIN_MATCHES } from './host-patterns';
import type { Extraction, SiteAdapter, UrlMatch } from './types';

/** www.linkedin.com and country subdomains (uk., de., …). */
const HOST = /^(?:[a-z]{2,3}\.|www\.)?linkedin\.com$/i;
/** `/in/<slug>` plus the sub-pages that still show that member. */
const PROFILE_PATH = /^\/in\/([^/?#]+)\/?(?:$|overlay\/|details\/|recent-activity\/)/i;

/** Elements that hold the member's name, best first. */
const NAME_SELECTORS = [
  'main h1.text-heading-xlarge', // logged-in top card (2023–2024 layout)
  'h1.text-heading-xlarge', // logged-in, body-only renders without <main>
  'h1.top-card-layout__title', // logged-out public profile
  'section.top-card-layout h1', // logged-out, class renamed
] as const;

/** The headline right under the name. */
const HEADLINE_SELECTORS = [
  'div.text-body-medium.break-words', // logged-in top card
  'h2.top-card-layout__headline', // logged-out public profile
] as const;

/** Markers of pages served at /in/… that are not a profile. */
const NOT_PROFILE_SELECTORS = [
  'h1.page-not-found__headline', // "Profile Not Found" (shares the profile pageKey)
  '[data-test-id="hero__headline"]', // guest login / sign-up wall
  'form.login__form', // sign-in wall
  'section.authwall-join-form', // join wall
] as const;

function slugOf(url: URL): string | null {
  const match = PROFILE_PATH.exec(url.pathname);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]).toLowerCase();
  } catch {
    return match[1].toLowerCase();
  }
}

/** The slug the top card links to, if it links anywhere (stale-DOM check after SPA navigation). */
function slugShownNear(nameEl: Element): string | null {
  const link = nameEl.closest('a[href*="/in/"]');
  const href = link?.getAttribute('href');
  if (!href) return null;
  try {
    return slugOf(new URL(href, 'https://www.linkedin.com'));
  } catch {
    return null;
  }
}

/** JSON-LD `Person` describing the profile (not an article's author). */
function personFromJsonLd(doc: Document): { name: string; headline: string } | null {
  const people = jsonLdObjects(doc).filter((o) => o['@type'] === 'Person');
  const person = people.find((p) => p.jobTitle || p.worksFor) ?? null;
  if (!person) return null;
  const jobTitle = Array.isArray(person.jobTitle) ? person.jobTitle[0] : person.jobTitle;
  return {
    name: cleanText(String(person.name ?? ''), MAX_NAME_LENGTH),
    headline: cleanText(typeof jobTitle === 'string' ? jobTitle : '', MAX_HEADLINE_LENGTH),
  };
}

function extract(doc: Document, url: URL, match: UrlMatch): Extraction {
  if (firstMatch(doc, NOT_PROFILE_SELECTORS) || /profile not found|log in or sign up/i.test(doc.title)) {
    return { status: 'not-candidate', reason: 'LinkedIn shows no profile here' };
  }
  const profileUrl = `https://www.linkedin.com/in/${encodeURIComponent(match.externalId)}/`;
  const nameEl = firstMatch(doc, NAME_SELECTORS);
  if (nameEl) {
    const shown = slugShownNear(nameEl);
    if (shown && shown !== match.externalId) {
      return { status: 'pending', reason: 'the page still shows the previous profile' };
    }
    const name = cleanText(nameEl.textContent, MAX_NAME_LENGTH);
    if (name) {
      const scope = nameEl.closest('section') ?? doc;
      const headline = firstText(scope, HEADLINE_SELECTORS, MAX_HEADLINE_LENGTH) || firstText(doc, HEADLINE_SELECTORS, MAX_HEADLINE_LENGTH);
      return { status: 'candidate', page: { site: 'linkedin', externalId: match.externalId, name, headline, profileUrl } };
    }
  }
  // Logged-out layouts without the usual top card: JSON-LD, then OpenGraph meta.
  const person = personFromJsonLd(doc);
  const metaName = cleanText(`${metaContent(doc, 'profile:first_name')} ${metaContent(doc, 'profile:last_name')}`, MAX_NAME_LENGTH);
  const name = person?.name || metaName;
  if (name) {
    return { status: 'candidate', page: { site: 'linkedin', externalId: match.externalId, name, headline: person?.headline ?? '', profileUrl } };
  }
  return { status: 'pending', reason: 'no name on the page yet' };
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  label: 'LinkedIn',
  matches: LINKEDIN_MATCHES,
  detect(url) {
    if (!HOST.test(url.hostname)) return null;
    const slug = slugOf(url);
    return slug ? { externalId: slug } : null;
  },
  extract,
  testUrls: {
    positive: [
      'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
      'https://www.linkedin.com/in/vasileiosalevizos',
      'https://uk.linkedin.com/in/jane-doe-12345/',
      'https://de.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/',
      'https://www.linkedin.com/in/jane-doe/overlay/about-this-profile/',
      'https://www.linkedin.com/in/jane-doe/?originalSubdomain=uk',
    ],
    negative: [
      'https://www.linkedin.com/',
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/in/',
      'https://www.linkedin.com/talent/profile/AEMAAAB1',
      'https://www.linkedin.com/recruiter/profile/123',
      'https://www.linkedin.com/company/acme/',
      'https://www.linkedin.com/jobs/view/123/',
      'https://www.linkedin.com.evil.example/in/jane-doe/',
      'https://example.com/in/jane-doe/',
    ],
  },
};
