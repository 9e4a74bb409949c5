import { watchUntilCandidate } from '@/content/watch';
import { sendMessage } from '@/messaging/protocol';

/**
 * LinkedIn's content script as declared in the manifest: the URL watch of
 * content/watch.ts. The full content script (content-scripts/ats.js) is
 * injected into this frame by the background only once a page may show a
 * candidate, so the feed and the rest of LinkedIn pay next to nothing.
 */
export default defineUnlistedScript(() => {
  watchUntilCandidate(() => void sendMessage('page.startContentScript', undefined).catch(() => undefined));
});
