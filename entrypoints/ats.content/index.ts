import { ATS_DIRECT_MATCHES } from '@/sites/host-patterns';
import { createAdapterLookup } from '@/content/adapters';
import { CONTENT_SCRIPT_DEFAULTS, startContentScript } from '@/content/start';

/**
 * Candidate pages of ATSs that show records in the top frame. The same built
 * file is registered at runtime for the recruiter's own ATS hosts
 * (messaging/custom-host-scripts.ts). LinkedIn has its own, smaller script
 * (entrypoints/linkedin.content).
 *
 * `document_end` (the document is parsed, before images and the load event):
 * the name is in the DOM by then, and `document_idle` would add up to the
 * browser's idle wait (about 200 ms on a large page) before the panel shows.
 * Pages that render the name later are waited for by the content script.
 */
export default defineContentScript({
  ...CONTENT_SCRIPT_DEFAULTS,
  matches: ATS_DIRECT_MATCHES,
  runAt: 'document_end',
  main: (ctx) => startContentScript(ctx, { earlyPaint: true, lookup: createAdapterLookup }),
});
