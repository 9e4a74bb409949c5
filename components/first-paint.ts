/**
 * First paint of the popup and the side panel: the tab's candidate's name,
 * drawn with plain DOM while React, Dexie and the views (most of the page's
 * code) are still loading. It reads what the views read, without their code:
 * the tab's candidate from `storage.session` (its name and headline come with
 * it; the candidate's record is read straight from IndexedDB only when they do
 * not), then steps aside the moment React draws the same
 * header. React's container stays hidden until then, so the recruiter sees
 * the name once, not a name, then "Loading…", then the name again.
 *
 * Deliberately small: no React, no Dexie, no storage layer (importing
 * `@/storage/…` would pull Dexie into the page's first download), and its one
 * string comes straight from the browser (content/i18n.ts), without the
 * bundled English table.
 */
import { browser } from 'wxt/browser';
import type { CandidateRecord } from '@/storage/types';
import type { ComponentType } from 'react';
import { t, type MessageKey } from '@/content/i18n';

/** storage/schema.ts `DB_NAME`, repeated so this file does not load the storage layer (a unit test keeps them equal). */
export const FIRST_PAINT_DB = 'recalibrate';
/** storage/types.ts `displayName`, repeated for the same reason (its module shares a chunk with Dexie; a unit test compares them). */
export const firstPaintName = (c: Pick<CandidateRecord, 'name' | 'correction'>): string => c.correction?.name || c.name;

/** Give React this long at most before showing whatever it has. */
const REVEAL_AFTER_MS = 3000;

/** The bound tab, as `useBoundTabId` finds it: `?tabId=N`, else the active tab of this window. */
async function boundTabId(): Promise<number | null> {
  const pinned = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(pinned) && pinned > 0) return pinned;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** One record by key, or null. Never creates the database (a fresh install has none until Dexie makes it). */
function readCandidate(key: string): Promise<CandidateRecord | null> {
  return new Promise((resolve) => {
    const open = indexedDB.open(FIRST_PAINT_DB);
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(null);
    open.onblocked = () => resolve(null);
    open.onsuccess = () => {
      const db = open.result;
      try {
        const get = db.transaction('candidates', 'readonly').objectStore('candidates').get(key);
        get.onsuccess = () => resolve((get.result as CandidateRecord | undefined) ?? null);
        get.onerror = () => resolve(null);
      } catch {
        resolve(null); // no candidates store yet
      } finally {
        db.close(); // the pending read still completes; never hold a connection that would block an upgrade
      }
    };
  });
}

async function themeSetting(): Promise<string | undefined> {
  const settings = (await browser.storage.local.get('settings')).settings as { theme?: unknown } | undefined;
  return typeof settings?.theme === 'string' ? settings.theme : undefined;
}

/**
 * Draw the name before `root` (React's container) and keep `root` hidden
 * until React shows the candidate's name itself, or anything that is not
 * loading, or REVEAL_AFTER_MS has passed. Does nothing when the tab shows no
 * candidate or anything fails: React then simply draws as usual. Resolves
 * once the name is drawn or there is none to draw.
 */
export async function paintFirst(root: HTMLElement, mainClass: string): Promise<void> {
  try {
    void themeSetting().then((theme) => {
      if (theme && theme !== 'system' && !document.documentElement.dataset.theme) document.documentElement.dataset.theme = theme;
    });
    const tabId = await boundTabId();
    if (tabId === null) return;
    const stateKey = `tab:${tabId}`;
    const state = (await browser.storage.session.get(stateKey))[stateKey] as { candidateKey?: unknown; name?: unknown; headline?: unknown } | undefined;
    if (typeof state?.candidateKey !== 'string') return;
    // The tab's report carries the name: no database to open. Older or frame-chosen states do not: read the record.
    const record: Pick<CandidateRecord, 'name' | 'headline' | 'correction'> | null =
      typeof state.name === 'string' && state.name
        ? { name: state.name, headline: typeof state.headline === 'string' ? state.headline : '' }
        : await readCandidate(state.candidateKey);
    const name = record ? firstPaintName(record) : '';
    const ready = () => !!root.querySelector('[data-testid="candidate-name"]') || (root.childElementCount > 0 && !root.querySelector('[aria-busy="true"]'));
    if (!name || ready()) return;

    const main = document.createElement('main');
    main.className = mainClass;
    main.setAttribute('aria-busy', 'true');
    const header = document.createElement('header');
    header.className = 'card stack';
    const title = document.createElement('h1');
    title.className = 'clip';
    title.dataset.testid = 'candidate-name';
    title.textContent = name;
    header.append(title);
    if (record?.headline) {
      const headline = document.createElement('p');
      headline.className = 'muted clip';
      headline.style.margin = '0';
      headline.textContent = record.headline;
      header.append(headline);
    }
    main.append(header);
    root.before(main);
    root.hidden = true;
    // Labelled after the frame: the browser's first message lookup in a page loads the whole catalogue
    // synchronously, which would hold the name back.
    requestAnimationFrame(() => setTimeout(() => header.setAttribute('aria-label', t('appCandidateLabel'))));

    const reveal = () => {
      observer.disconnect();
      clearTimeout(timer);
      main.remove();
      root.hidden = false;
    };
    const observer = new MutationObserver(() => ready() && reveal());
    observer.observe(root, { childList: true, subtree: true });
    const timer = setTimeout(reveal, REVEAL_AFTER_MS);
  } catch {
    // The first paint is an extra: React draws the view anyway.
  }
}

/**
 * Give React this long at most before loading it anyway: it waits for the
 * name to be on screen (a few storage reads and a frame) so the two do not
 * compete for the main thread.
 */
const FIRST_PAINT_HEAD_START_MS = 80;

/**
 * How the popup and the side panel start: the tab's candidate first, in plain
 * DOM, then React and the view's `App` (most of the page's code) load and
 * take over once they show the same name. The page is titled once the name
 * is on screen: the page's first message lookup loads the browser's whole
 * message catalogue synchronously, which would hold the first paint back.
 * React comes in with the dynamic imports, so this file's chunk stays free of it.
 */
export function paintFirstThenMount(view: {
  root: HTMLElement;
  mainClass: string;
  titleKey: MessageKey;
  loadApp: () => Promise<{ App: ComponentType }>;
}): void {
  const { root, mainClass, titleKey, loadApp } = view;
  const painted = paintFirst(root, mainClass).then(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
  void Promise.race([painted, new Promise((r) => setTimeout(r, FIRST_PAINT_HEAD_START_MS))]).then(() => {
    document.title = t(titleKey);
    return Promise.all([import('react'), import('react-dom/client'), loadApp()]).then(([{ createElement }, { createRoot }, { App }]) =>
      createRoot(root).render(createElement(App)),
    );
  });
}
