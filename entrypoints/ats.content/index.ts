import { TOP_FRAME_MATCHES } from '@/sites/host-patterns';
import { startContentScript } from '@/content/start';

/**
 * Candidate pages of systems that show records in the top frame. The same
 * built file is registered at runtime for the recruiter's own ATS hosts
 * (messaging/custom-host-scripts.ts).
 */
export default defineContentScript({
  matches: TOP_FRAME_MATCHES,
  runAt: 'document_idle',
  main: startContentScript,
});
