import type { Extraction } from '@/sites/types';

/**
 * Re-run `attempt` as the DOM changes until it is no longer `pending`, for at
 * most `timeoutMs` (pages render the name after the route loads, or still show
 * the previous profile for a moment). Bounded: never observes forever.
 * Mutations are coalesced into one attempt per `settleMs`.
 */
export function waitForExtraction(
  attempt: () => Extraction,
  {
    signal,
    timeoutMs = 10_000,
    settleMs = 40,
    onWaiting,
  }: {
    signal: AbortSignal;
    timeoutMs?: number;
    settleMs?: number;
    /** Called once when the first attempt is pending (the wait begins). */
    onWaiting?: () => void;
  },
): Promise<Extraction> {
  const first = attempt();
  if (first.status !== 'pending') return Promise.resolve(first);
  onWaiting?.();
  return new Promise((resolve) => {
    let scheduled: ReturnType<typeof setTimeout> | undefined;
    let last: Extraction = first;
    const finish = (result: Extraction) => {
      observer.disconnect();
      clearTimeout(scheduled);
      clearTimeout(deadline);
      resolve(result);
    };
    const observer = new MutationObserver(() => {
      if (scheduled !== undefined) return;
      scheduled = setTimeout(() => {
        scheduled = undefined;
        last = attempt();
        if (last.status !== 'pending') finish(last);
      }, settleMs);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-candidate-id', 'href'] });
    const deadline = setTimeout(() => finish(last), timeoutMs);
    signal.addEventListener('abort', () => finish({ status: 'pending', reason: 'navigated away' }), { once: true });
  });
}
