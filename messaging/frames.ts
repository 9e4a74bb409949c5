import { browser } from 'wxt/browser';
import { sendMessage } from './protocol';
import { framesToRefresh, outrankingFrames, withReport, type FrameReport } from './frame-choice';

/**
 * What each frame of a tab last reported, in `storage.session` (survives the
 * service worker being stopped; memory only). Used to let exactly one frame
 * draw the panel (frame-choice.ts) and to know the tab's candidate when its
 * top frame has none.
 */
export interface StoredFrameReport extends FrameReport {
  site: string;
  url: string;
  at: string;
  /**
   * The reporting document (Chrome). A frame's old document may say goodbye
   * after its new document already reported: only the same document may
   * remove its report.
   */
  documentId?: string;
}

const storageKey = (tabId: number) => `frames:${tabId}`;

async function load(tabId: number): Promise<StoredFrameReport[]> {
  const key = storageKey(tabId);
  return ((await browser.storage.session.get(key))[key] as StoredFrameReport[] | undefined) ?? [];
}

async function save(tabId: number, reports: StoredFrameReport[]): Promise<void> {
  if (reports.length) await browser.storage.session.set({ [storageKey(tabId)]: reports });
  else await browser.storage.session.remove(storageKey(tabId));
}

/** Frames of one tab report concurrently: read-modify-write one tab at a time. */
const chains = new Map<number, Promise<unknown>>();
function oneAtATime<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const next = (chains.get(tabId) ?? Promise.resolve()).then(task, task);
  const settled = next.catch(() => undefined);
  chains.set(tabId, settled);
  void settled.then(() => chains.get(tabId) === settled && chains.delete(tabId));
  return next;
}

/** Does that frame's content script still hold this candidate? (It may have navigated or unloaded.) */
export async function frameHolds(tabId: number, frameId: number): Promise<string | null | undefined> {
  try {
    return (await sendMessage('frame.showing', undefined, { tabId, frameId }))?.candidateKey ?? null;
  } catch {
    return undefined; // no content script there any more
  }
}

export interface FrameDecision {
  /** Another live frame shows this candidate better: this one draws nothing. */
  otherFrameShows: boolean;
  /** Frames whose choice may have flipped: ask them to report again. */
  refresh: number[];
}

/** Record a frame's report and decide whether it draws. */
export function recordFrame(tabId: number, next: StoredFrameReport): Promise<FrameDecision> {
  return oneAtATime(tabId, async () => {
    let reports = await load(tabId);
    const previous = reports.find((r) => r.frameId === next.frameId) ?? null;
    reports = withReport(reports, next.frameId, next);
    let otherFrameShows = false;
    for (const other of outrankingFrames(next, reports)) {
      if ((await frameHolds(tabId, other.frameId)) === other.candidateKey) {
        otherFrameShows = true;
        break;
      }
      reports = withReport(reports, other.frameId, null); // stale: that frame moved on
    }
    await save(tabId, reports);
    return { otherFrameShows, refresh: framesToRefresh(previous, next, reports) };
  });
}

export interface ForgetResult {
  /** False when the goodbye came from a document that has no report (replaced, or never reported): nothing changed. */
  forgotten: boolean;
  /** The frame the leaving document was in. */
  frameId: number;
  refresh: number[];
  /** The best report left in the tab (named first, then the top frame). */
  best: StoredFrameReport | null;
}

/**
 * A document left its candidate. Chrome names the document (`documentId`),
 * and that is what counts: a top-frame document saying goodbye while it is
 * unloaded no longer has frame id 0 (its successor has), and a goodbye may
 * arrive after the successor already reported. Without a document id
 * (Firefox) the frame id is used.
 */
export function forgetFrame(tabId: number, frameId: number, documentId?: string): Promise<ForgetResult> {
  return oneAtATime(tabId, async () => {
    let reports = await load(tabId);
    const previous = (documentId ? reports.find((r) => r.documentId === documentId) : reports.find((r) => r.frameId === frameId)) ?? null;
    const forgotten = !documentId || previous !== null;
    const leaving = previous?.frameId ?? frameId;
    if (forgotten) reports = withReport(reports, leaving, null);
    await save(tabId, reports);
    const best = [...reports].sort((a, b) => Number(b.named) - Number(a.named) || a.frameId - b.frameId)[0] ?? null;
    return { forgotten, frameId: leaving, refresh: forgotten ? framesToRefresh(previous, null, reports) : [], best };
  });
}

export function hasTopFrameReport(tabId: number): Promise<boolean> {
  return load(tabId).then((reports) => reports.some((r) => r.frameId === 0));
}

export function frameReports(tabId: number): Promise<StoredFrameReport[]> {
  return load(tabId);
}

export function forgetTab(tabId: number): Promise<void> {
  return oneAtATime(tabId, () => save(tabId, []));
}

/** Ask these frames to report again (fire and forget: a gone frame just does not answer). */
export function refreshFrames(tabId: number, frameIds: readonly number[]): void {
  for (const frameId of frameIds) void sendMessage('panel.refresh', undefined, { tabId, frameId }).catch(() => undefined);
}
