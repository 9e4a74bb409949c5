import { useEffect } from 'react';
import { sendMessage } from '@/messaging/protocol';

/**
 * Tell the bound tab's content script that what its panel shows may have
 * changed (a debrief opened or closed, a milestone done), so the in-page
 * panel and the toolbar badge catch up. `signature` is whatever the panel's
 * counts depend on; a tab without our content script simply does not answer.
 */
export function usePanelRefresh(tabId: number | null | undefined, signature: string | null): void {
  useEffect(() => {
    if (!tabId || signature === null) return;
    const t = setTimeout(() => {
      try {
        void sendMessage('panel.refresh', undefined, tabId).catch(() => undefined);
      } catch {
        // No messaging in this context (tests): nothing to refresh.
      }
    }, 150);
    return () => clearTimeout(t);
  }, [tabId, signature]);
}
