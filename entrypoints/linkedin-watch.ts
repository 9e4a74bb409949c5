import { watchUntilCandidate } from '@/content/watch';
import { sendMessage } from '@/messaging/protocol';

/**
 * The content script of LinkedIn pages that cannot show a candidate: the URL
 * watch of content/watch.ts. The full content script (content-scripts/linkedin.js)
 * is injected into this frame by the background only once the page navigates
 * to a candidate, so the feed and the rest of LinkedIn pay next to nothing.
 */
export default defineUnlistedScript(() => {
  watchUntilCandidate(() => void sendMessage('page.startContentScript', undefined).catch(() => undefined));
});
