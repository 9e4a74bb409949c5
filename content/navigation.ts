/**
 * Calls back when the page's URL changes without a reload (single-page apps).
 * The Navigation API sees the page's own `history.pushState` from our isolated
 * world; `popstate`/`hashchange` cover back/forward and hash routing; a slow
 * 1 s poll is the safety net only where the Navigation API is missing (older
 * Firefox): elsewhere it would wake the host page every second, all day.
 */
export function onUrlChange(callback: (href: string) => void, signal: AbortSignal): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    callback(last);
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('currententrychange', check, { signal });
  window.addEventListener('popstate', check, { signal });
  window.addEventListener('hashchange', check, { signal });
  if (nav) return;
  const timer = setInterval(check, 1000);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
