import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage } from '@/messaging/protocol';
import type { AdapterLookup } from './adapter-lookup';
import { startController, type Controller } from './controller';
import { readPanelPrefs, type PanelPrefs } from './settings-reader';
import { afterParsing } from './after-parsing';

/**
 * Options every content script is defined with. WXT's context by default
 * also announces each start with `window.postMessage`, which every script of
 * the host page receives: it would hand the page our extension id (a way to
 * single out recruiters) and wake the page's own message listeners on every
 * load. The in-document event WXT sends as well is enough to stop an older
 * copy of the script.
 */
export const CONTENT_SCRIPT_DEFAULTS = { noScriptStartedPostMessage: true } as const;

export interface ContentScriptOptions {
  /**
   * The sites this script knows (the entrypoint decides, so each bundle
   * carries only its adapters), given the recruiter's own hosts as read with
   * the panel's settings.
   */
  lookup: (readCustomHosts: () => Promise<string[]>) => AdapterLookup;
  /**
   * Draw the panel as soon as the page shows a name, from the recruiter's
   * switch for the site, before the background answers. Only where one frame
   * draws (not in systems whose records live in iframes: there the background
   * decides which frame draws, and a guess would flash a second panel).
   */
  earlyPaint?: boolean;
}

/**
 * Shared body of both content scripts (top frame only, and all frames on
 * systems that render records in iframes) and of the one registered at
 * runtime for the recruiter's own ATS hosts.
 */
export function startContentScript(ctx: ContentScriptContext, options: ContentScriptOptions): void {
  // Read at once, while the page is still being parsed or searched for a name; every answer that draws waits
  // for it, so the panel's strings are in place before anything is drawn.
  let prefs: Promise<PanelPrefs> = readPanelPrefs();
  const lookup = options.lookup(async () => (await prefs).customHosts);
  const afterPrefs = async <T>(answer: Promise<T>): Promise<T> => (await Promise.all([answer, prefs]))[0];
  const earlyPaint = options.earlyPaint === true && window === window.top;
  let controller: Controller | null = null;
  afterParsing(() => {
    controller = startController(
      {
        reportCandidate: (page) => afterPrefs(sendMessage('page.candidateFound', page)),
        reportCleared: () => sendMessage('page.candidateCleared', undefined),
        openSidePanel: (candidateKey) => void sendMessage('panel.openSidePanel', { candidateKey }).catch(() => undefined),
        correctCandidate: (correction) => afterPrefs(sendMessage('candidate.correct', correction)),
        peek: (ref) => afterPrefs(sendMessage('candidate.peek', ref)),
        findAdapter: (href) => lookup.find(href),
        ...(earlyPaint ? { panelOn: async (siteId: string) => (await prefs).panelOn(siteId) } : {}),
      },
      ctx.signal,
    );
  }, ctx.signal);
  onMessage('panel.refresh', () => controller?.refresh());
  onMessage('frame.showing', () => ({ candidateKey: controller?.heldKey() ?? null }));
  // Panel switched on/off for this site, or the recruiter's hosts changed: ask again.
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !('settings' in changes)) return;
    prefs = readPanelPrefs();
    lookup.invalidate();
    controller?.refresh();
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
  // The document goes away (navigation, reload, closed tab, a shell swapping its record frame): say so, so
  // the popup, side panel and badge let go of this candidate, and a shell's own frame may draw again. Only
  // pages that reported someone say it: other pages never wake the background. A page restored from the
  // back/forward cache reports again.
  const leave = () => {
    if (controller?.heldKey()) void sendMessage('page.candidateCleared', undefined).catch(() => undefined);
  };
  window.addEventListener('pagehide', leave, { signal: ctx.signal });
  window.addEventListener(
    'pageshow',
    (e) => {
      if (e.persisted) controller?.refresh();
    },
    { signal: ctx.signal },
  );
}
