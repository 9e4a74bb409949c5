import { ALL_FRAMES_MATCHES } from '@/sites/host-patterns';
import { createAdapterLookup } from '@/content/adapters';
import { CONTENT_SCRIPT_DEFAULTS, startContentScript } from '@/content/start';

/**
 * Systems whose candidate records render inside iframes (Bullhorn): here the
 * script also runs in child frames, and the background lets exactly one frame
 * draw the panel (messaging/frame-choice.ts).
 */
export default defineContentScript({
  ...CONTENT_SCRIPT_DEFAULTS,
  matches: ALL_FRAMES_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx, { lookup: createAdapterLookup }),
});
