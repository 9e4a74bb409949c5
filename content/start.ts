import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage } from '@/messaging/protocol';
import { createAdapterLookup } from './adapters';
import { startController } from './controller';
import { readCustomHosts } from './settings-reader';

/**
 * Shared body of both content scripts (top frame only, and all frames on
 * systems that render records in iframes) and of the one registered at
 * runtime for the recruiter's own ATS hosts.
 */
export function startContentScript(ctx: ContentScriptContext): void {
  const lookup = createAdapterLookup(readCustomHosts);
  const controller = startController(
    {
      reportCandidate: (page) => sendMessage('page.candidateFound', page),
      reportCleared: () => sendMessage('page.candidateCleared', undefined),
      openSidePanel: (candidateKey) => void sendMessage('panel.openSidePanel', { candidateKey }).catch(() => undefined),
      correctCandidate: (correction) => sendMessage('candidate.correct', correction),
      peek: (ref) => sendMessage('candidate.peek', ref),
      findAdapter: (href) => lookup.find(href),
    },
    ctx.signal,
  );
  onMessage('panel.refresh', () => controller.refresh());
  onMessage('frame.showing', () => ({ candidateKey: controller.heldKey() }));
  // Panel switched on/off for this site, or the recruiter's hosts changed: ask again.
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !('settings' in changes)) return;
    lookup.invalidate();
    controller.refresh();
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
  // The document goes away (navigation, reload, closed tab, a shell swapping its record frame): say so, so
  // the popup, side panel and badge let go of this candidate, and a shell's own frame may draw again. Only
  // pages that reported someone say it: other pages never wake the background. A page restored from the
  // back/forward cache reports again.
  const leave = () => {
    if (controller.heldKey()) void sendMessage('page.candidateCleared', undefined).catch(() => undefined);
  };
  window.addEventListener('pagehide', leave, { signal: ctx.signal });
  window.addEventListener(
    'pageshow',
    (e) => {
      if (e.persisted) controller.refresh();
    },
    { signal: ctx.signal },
  );
}
