import { candidateKey, type CandidatePage } from '@/domain/candidate';
import type { CandidateCorrection, CandidatePeek, PanelStatus } from '@/messaging/protocol';
import type { AdapterMatch } from '@/sites/registry';
import { mountPanel, type PanelHandle } from './panel';
import { onUrlChange } from './navigation';
import { readCandidate, type PreviousRead } from './read-candidate';
import { withRetry } from './retry';
import { namelessSnapshot, promptsWhenNameMissing } from './nameless';

/** What the controller needs from the extension; injected so tests can fake it. */
export interface ControllerPorts {
  reportCandidate(page: CandidatePage): Promise<PanelStatus>;
  reportCleared(): Promise<void>;
  openSidePanel(candidateKey: string): void;
  correctCandidate(correction: CandidateCorrection): Promise<PanelStatus>;
  /** What the panel would show for this id, asked while the page is still rendering. */
  peek(ref: { site: string; externalId: string }): Promise<CandidatePeek>;
  /** Adapter for a URL (built-ins, then the recruiter's own hosts). */
  findAdapter(href: string): AdapterMatch | null | Promise<AdapterMatch | null>;
  /**
   * The recruiter's switch for the site, read locally. When given, the panel
   * is drawn with the page's name as soon as it is found ("checking your
   * records…"), and the background's answer fills it in or removes it.
   */
  panelOn?(siteId: string): Promise<boolean>;
}

export interface ControllerOptions {
  /** How long a page may take to render the name before the recruiter is asked. */
  nameTimeoutMs?: number;
}

export interface Controller {
  /** Data changed elsewhere (debrief written, settings toggled): ask again. */
  refresh(): void;
  /** The candidate this frame holds (shown, asking, or being reported), for the background's frame choice. */
  heldKey(): string | null;
}

/**
 * Content script brain: collect, never decide (architecture rule 6).
 * One "run" per URL; a new URL aborts the previous run, so a late answer for
 * the previous profile can never be drawn (rule 5). When the URL names a
 * candidate but the page never shows a name, the recruiter is asked.
 */
export function startController(ports: ControllerPorts, signal: AbortSignal, options: ControllerOptions = {}): Controller {
  let panel: PanelHandle | null = null;
  let shown: CandidatePage | null = null;
  let held: CandidatePage | null = null;
  let runAbort: AbortController | null = null;
  let reported = false;

  const removePanel = () => {
    panel?.remove();
    panel = null;
  };

  const clear = () => {
    removePanel();
    shown = null;
    held = null;
    if (reported) {
      reported = false;
      void ports.reportCleared().catch(() => undefined);
    }
  };

  const draw = (page: CandidatePage, status: PanelStatus | null) => {
    if (status && (!status.panelEnabled || status.otherFrameShows)) return removePanel();
    panel ??= mountPanel({
      onOpen: () => {
        const page = shown ?? held;
        if (page) ports.openSidePanel(candidateKey(page));
      },
      onCorrect: (fields) => correct(fields),
    });
    panel.update(page, status);
  };

  const correct = async (fields: { name: string; jobTitle: string }): Promise<void> => {
    const page = shown;
    if (!page) return;
    const status = await ports.correctCandidate({ candidateKey: candidateKey(page), ...fields });
    if (shown === page) draw(page, status);
  };

  let latest = 0;
  /** The last candidate read off this page, for the stale-header check. */
  let lastRead: PreviousRead | null = null;
  const present = async (page: CandidatePage, run: AbortSignal) => {
    held = page;
    const mine = ++latest; // two reports may overlap (early "already named" and the page's own): the later one wins
    const status = await withRetry(() => ports.reportCandidate(page), run);
    if (run.aborted || !status || mine !== latest) return;
    reported = true;
    shown = page;
    draw(page, status);
  };

  const run = async (href: string) => {
    runAbort?.abort();
    const current = new AbortController();
    runAbort = current;
    signal.addEventListener('abort', () => current.abort(), { once: true, signal: current.signal });

    const found = await ports.findAdapter(href);
    if (current.signal.aborted) return;
    if (!found) return clear();
    // Same person (e.g. a tab inside their profile): keep the panel, just refresh.
    if (!shown || shown.site !== found.adapter.id || shown.externalId !== found.match.externalId) {
      removePanel(); // never leave the previous profile on screen
      shown = null;
      held = null;
    }
    const url = new URL(href);
    // While the page renders, ask what the panel would show: a known candidate is drawn at once (the id in
    // the URL says who it is), and the name, once it appears, is drawn without waiting for the report.
    let early: CandidatePeek | null = null;
    const peek = () => {
      void ports.peek({ site: found.adapter.id, externalId: found.match.externalId }).then(
        (answer) => {
          if (current.signal.aborted || location.href !== href) return;
          early = answer;
          if (answer.status.displayName && !shown) void present(namelessSnapshot(found, url), current.signal);
        },
        () => undefined,
      );
    };
    const result = await readCandidate(found, url, { previous: lastRead, signal: current.signal, timeoutMs: options.nameTimeoutMs, onWaiting: peek });
    if (current.signal.aborted || location.href !== href) return;
    if (result.status === 'candidate') {
      lastRead = { key: candidateKey(result.page), name: result.page.name };
      const known = early as CandidatePeek | null;
      if (known) {
        shown = held = result.page;
        // The page's name unless the recruiter corrected it; the report below then brings the full status.
        draw(result.page, known.corrected ? known.status : { ...known.status, displayName: '' });
      }
      const reporting = present(result.page, current.signal);
      // The page's name at once, while the report is on its way; never over an answer already drawn.
      if (!known && ports.panelOn) {
        const page = result.page;
        void ports.panelOn(page.site).then(
          (on) => {
            const alreadyShown = shown !== null && candidateKey(shown) === candidateKey(page);
            if (on && !current.signal.aborted && location.href === href && held === page && !alreadyShown) draw(page, null);
          },
          () => undefined,
        );
      }
      return reporting;
    }
    // The URL names a candidate but no name ever showed: ask "who is this?" (ATS pages only).
    if (result.status === 'pending' && promptsWhenNameMissing(found.adapter.id)) {
      return present(namelessSnapshot(found, url), current.signal);
    }
    clear();
  };

  onUrlChange((href) => void run(href), signal);
  signal.addEventListener('abort', () => {
    runAbort?.abort();
    removePanel();
  });
  void run(location.href);

  return {
    refresh() {
      if (shown && runAbort && !runAbort.signal.aborted) void present(shown, runAbort.signal);
      else void run(location.href);
    },
    heldKey: () => (held ? candidateKey(held) : null),
  };
}
