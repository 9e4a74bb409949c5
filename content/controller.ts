import { candidateKey, type CandidatePage } from '@/domain/candidate';
import type { PanelStatus } from '@/messaging/protocol';
import { findAdapter } from '@/sites/registry';
import { mountPanel, type PanelHandle } from './panel';
import { onUrlChange } from './navigation';
import { waitForExtraction } from './wait-for-extraction';

/** What the controller needs from the extension; injected so tests can fake it. */
export interface ControllerPorts {
  reportCandidate(page: CandidatePage): Promise<PanelStatus>;
  reportCleared(): Promise<void>;
  openSidePanel(candidateKey: string): void;
}

/**
 * Content script brain: collect, never decide (architecture rule 6).
 * One "run" per URL; a new URL aborts the previous run, so a late answer for
 * the previous profile can never be drawn (rule 5).
 */
export function startController(ports: ControllerPorts, signal: AbortSignal): { refresh(): void } {
  let panel: PanelHandle | null = null;
  let shown: CandidatePage | null = null;
  let runAbort: AbortController | null = null;
  let reported = false;

  const removePanel = () => {
    panel?.remove();
    panel = null;
  };

  const clear = () => {
    removePanel();
    shown = null;
    if (reported) {
      reported = false;
      void ports.reportCleared().catch(() => undefined);
    }
  };

  const present = async (page: CandidatePage, run: AbortSignal) => {
    const status = await withRetry(() => ports.reportCandidate(page), run);
    if (run.aborted || !status) return;
    reported = true;
    shown = page;
    if (!status.panelEnabled) return removePanel();
    panel ??= mountPanel(() => shown && ports.openSidePanel(candidateKey(shown)));
    panel.update(page, status);
  };

  const run = async (href: string) => {
    runAbort?.abort();
    const current = new AbortController();
    runAbort = current;
    signal.addEventListener('abort', () => current.abort(), { once: true, signal: current.signal });

    const found = findAdapter(href);
    if (!found) return clear();
    // Same person (e.g. a tab inside their profile): keep the panel, just refresh.
    if (!shown || shown.site !== found.adapter.id || shown.externalId !== found.match.externalId) {
      removePanel(); // never leave the previous profile on screen
      shown = null;
    }
    const url = new URL(href);
    const result = await waitForExtraction(() => found.adapter.extract(document, url, found.match), { signal: current.signal });
    if (current.signal.aborted || location.href !== href) return;
    if (result.status === 'candidate') return present(result.page, current.signal);
    clear();
  };

  onUrlChange((href) => void run(href), signal);
  signal.addEventListener('abort', () => {
    runAbort?.abort();
    removePanel();
  });
  void run(location.href);

  return {
    /** Data changed elsewhere (debrief written, settings toggled): ask again. */
    refresh() {
      if (shown && runAbort && !runAbort.signal.aborted) void present(shown, runAbort.signal);
      else void run(location.href);
    },
  };
}

/**
 * The MV3 service worker may be asleep or restarting; the first message wakes
 * it, but a message sent during a restart can fail. Retry a few times.
 */
async function withRetry<T>(send: () => Promise<T>, signal: AbortSignal, delays = [150, 400, 1000, 2500]): Promise<T | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (signal.aborted || attempt >= delays.length) {
        if (!signal.aborted) console.debug('[Recalibrate] background unavailable', error);
        return null;
      }
      await new Promise((r) => setTimeout(r, delays[attempt]));
    }
  }
}
