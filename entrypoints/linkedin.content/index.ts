import { LINKEDIN_CANDIDATE_PAGE_MATCHES } from '@/sites/host-patterns';
import { fixedAdapterLookup } from '@/content/adapter-lookup';
import { startContentScript } from '@/content/start';
import { linkedin } from '@/sites/linkedin';
import { linkedinRecruiter } from '@/sites/linkedin-recruiter';

/**
 * LinkedIn pages that may show a candidate (member profiles, Recruiter),
 * where recruiters spend most of their day. It carries LinkedIn's two
 * adapters and nothing of the ATSs: the browser compiles the whole script on
 * every such page. Also injected when another LinkedIn page navigates to a
 * candidate (entrypoints/linkedin-watch.ts, messaging/content-start.ts).
 *
 * `document_end`: the name is in the DOM once the document is parsed, and
 * `document_idle` would add the browser's idle wait before the panel shows.
 */
export default defineContentScript({
  matches: LINKEDIN_CANDIDATE_PAGE_MATCHES,
  runAt: 'document_end',
  main: (ctx) => startContentScript(ctx, { earlyPaint: true, lookup: () => fixedAdapterLookup([linkedinRecruiter, linkedin]) }),
});
