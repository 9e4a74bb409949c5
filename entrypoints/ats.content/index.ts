import { CONTENT_MATCHES } from '@/sites/host-patterns';
import { startController } from '@/content/controller';
import { onMessage, sendMessage } from '@/messaging/protocol';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const controller = startController(
      {
        reportCandidate: (page) => sendMessage('page.candidateFound', page),
        reportCleared: () => sendMessage('page.candidateCleared', undefined),
        openSidePanel: (candidateKey) => void sendMessage('panel.openSidePanel', { candidateKey }).catch(() => undefined),
      },
      ctx.signal,
    );
    onMessage('panel.refresh', () => controller.refresh());
    // Panel switched on/off for this site in settings: ask the background again.
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'settings' in changes) controller.refresh();
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
  },
});
