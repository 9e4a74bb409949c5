import { BULLHORN_MATCHES } from './host-patterns';
import { layeredExtractor } from './layered';
import type { SiteAdapter, UrlMatch } from './types';

/** Classic cluster hosts (`cls21.…`) and the Novo shell (`app.…`). */
const CLASSIC_HOST = /^cls\d{1,3}\.bullhornstaffing\.com$/i;
const CLASSIC_PATH = /^\/BullhornSTAFFING\/OpenWindow\.cfm$/i;
const NOVO_HOST = 'app.bullhornstaffing.com';
const NOVO_PATH = /^\/content\/record\/Candidate\/(\d{1,12})(?:\/|$)/i;

/** Classic query keys vary in case (`Entity`, `entity`, `ID`): read them case-insensitively. */
function classicCandidateId(url: URL): string | null {
  let entity = '';
  let id = '';
  for (const [key, value] of url.searchParams) {
    const k = key.toLowerCase();
    if (k === 'entity') entity = value;
    else if (k === 'id') id = value;
  }
  return entity.toLowerCase() === 'candidate' && /^\d{1,12}$/.test(id) ? id : null;
}

/**
 * Bullhorn: the same numeric candidate id in classic and Novo, so both views
 * share one record. Novo renders record tabs in iframes: the content script
 * runs in frames here (ALL_FRAMES_MATCHES), each frame detects its own URL,
 * and the shell also reads same-origin frames.
 */
export const bullhorn: SiteAdapter = {
  id: 'bullhorn',
  label: 'Bullhorn',
  matches: BULLHORN_MATCHES,
  detect(url): UrlMatch | null {
    if (CLASSIC_HOST.test(url.hostname) && CLASSIC_PATH.test(url.pathname)) {
      const id = classicCandidateId(url);
      return id ? { externalId: id } : null;
    }
    if (url.hostname === NOVO_HOST) {
      const id = NOVO_PATH.exec(url.pathname)?.[1];
      return id ? { externalId: id } : null;
    }
    return null;
  },
  extract: layeredExtractor({
    site: 'bullhorn',
    profileUrl: (url, match) =>
      url.hostname === NOVO_HOST
        ? `${url.origin}/content/record/Candidate/${match.externalId}`
        : `${url.origin}/BullhornSTAFFING/OpenWindow.cfm?Entity=Candidate&id=${match.externalId}`,
    frames: true,
    titlePatterns: [
      /^Candidate:\s+(.+?)(?:\s+[|–—-]\s+Bullhorn.*)?$/i, // classic window title "Candidate: Full Name" (assumed form)
    ],
    containers: [
      'novo-header', // Novo record header component
      '#recordHeader', // classic record header (assumed id)
    ],
    nameSelectors: [
      'novo-header .header-titles h1', // Novo header title
      '.record-title', // record title, class form (assumed)
      '#recordHeader .name', // classic header name (assumed)
    ],
    headlineSelectors: [
      'novo-header .header-titles small', // Novo header subtitle (occupation)
      '#recordHeader .occupation', // classic header occupation (assumed)
    ],
    junkNames: ['record', 'candidate record', 'job order', 'placement', 'client contact', 'client corporation', 'opportunity', 'lead'],
  }),
  testUrls: {
    positive: [
      'https://cls21.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?Entity=Candidate&id=123456',
      'https://cls5.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?entity=candidate&ID=42&view=Overview',
      'https://app.bullhornstaffing.com/content/record/Candidate/123456/overview',
      'https://app.bullhornstaffing.com/content/record/Candidate/778899',
    ],
    negative: [
      'https://cls21.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?Entity=JobOrder&id=123',
      'https://cls21.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?Entity=Candidate',
      'https://app.bullhornstaffing.com/content/record/ClientContact/555',
      'https://app.bullhornstaffing.com/content/fast-find?query=jane',
      'https://www.bullhorn.com/candidate/123',
    ],
  },
};
