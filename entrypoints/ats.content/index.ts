import { DIRECT_MATCHES } from '@/sites/host-patterns';
import { startContentScript } from '@/content/start';

/**
 * Candidate pages of systems that show records in the top frame. The same
 * built file is registered at runtime for the recruiter's own ATS hosts
 * (messaging/custom-host-scripts.ts), and injected when a LinkedIn page
 * navigates to a candidate (entrypoints/linkedin-watch.ts,
 * messaging/content-start.ts).
 */
export default defineContentScript({
  matches: DIRECT_MATCHES,
  runAt: 'document_idle',
  main: startContentScript,
});
