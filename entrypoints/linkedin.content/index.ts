import { LINKEDIN_CANDIDATE_PAGE_MATCHES } from '@/sites/host-patterns';
import { fixedAdapterLookup } from '@/content/adapter-lookup';
import { CONTENT_SCRIPT_DEFAULTS, startContentScript } from '@/content/start';
import { linkedin } from '@/sites/linkedin';
import { linkedinRecruiter } from '@/sites/linkedin-recruiter';

/**
 * LinkedIn pages that may show a candidate (member profiles, Recruiter),
 * where recruiters spend most of their day. It carries LinkedIn's two
 * adapters and nothing of the ATSs: the browser compiles the whole script on
 * every such page. Also injected when another LinkedIn page navigates to a
 * candidate (entrypoints/linkedin-watch.ts, messaging/content-start.ts).
 *
 * `document_start`: the panel's settings and strings are read while the page
 * downloads, and the page is searched for the name the moment it is parsed
 * (`afterParsing`). Declared at `document_end`, the browser ran the script only
 * after the page's first layout work, 60–190 ms after the DOM was ready on a
 * large profile, and the settings read came after that.
 */
export default defineContentScript({
  ...CONTENT_SCRIPT_DEFAULTS,
  matches: LINKEDIN_CANDIDATE_PAGE_MATCHES,
  runAt: 'document_start',
  main: (ctx) => startContentScript(ctx, { earlyPaint: true, lookup: () => fixedAdapterLookup([linkedinRecruiter, linkedin]) }),
});
