/**
 * Is this page text a person's name? Headings on ATS pages also show
 * navigation labels, placeholders, product names, emails and ids; those are
 * rejected so a wrong "name" never reaches the panel (the recruiter is asked
 * instead). Real names keep their titles, accents and emoji.
 */
import { cleanText, MAX_NAME_LENGTH } from '@/domain/text';
import { metaContent } from './dom';

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

/** The product's own name, as the page states it: never a person (app-header h1s show it). */
export function siteNames(doc: Document, title: string): string[] {
  const names = [metaContent(doc, 'og:site_name'), metaContent(doc, 'application-name')];
  const parts = title.split(/\s+[|–—·-]\s+/);
  if (parts.length > 1) names.push(parts[parts.length - 1] as string);
  return names.map((n) => cleanText(n, MAX_NAME_LENGTH)).filter(Boolean);
}

