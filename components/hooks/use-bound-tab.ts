import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/**
 * The tab this view works for. `?tabId=N` binds it explicitly (used by tests
 * to drive the views exactly as the toolbar would); otherwise the active tab
 * of this window, followed as the recruiter switches tabs when `follow` is set
 * (the side panel stays open across tabs, the popup does not).
 */
export function useBoundTabId(follow: boolean): number | null | undefined {
  const pinned = Number(new URLSearchParams(location.search).get('tabId'));
  const [tabId, setTabId] = useState<number | null | undefined>(Number.isInteger(pinned) && pinned > 0 ? pinned : undefined);

  useEffect(() => {
    if (Number.isInteger(pinned) && pinned > 0) return;
    let cancelled = false;
    const refresh = () =>
      browser.tabs
        .query({ active: true, currentWindow: true })
        .then(([tab]) => !cancelled && setTabId(tab?.id ?? null))
        .catch(() => !cancelled && setTabId(null));
    void refresh();
    if (!follow) return () => void (cancelled = true);
    const onActivated = () => void refresh();
    const onFocus = () => void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    browser.windows?.onFocusChanged.addListener(onFocus);
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.windows?.onFocusChanged.removeListener(onFocus);
    };
  }, [follow, pinned]);

  return tabId;
}
