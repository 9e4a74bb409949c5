import { nowIso } from './clock';
import { db } from './db';
import { reportStorageError } from './storage-health';

/**
 * Drafts must survive the popup closing at any instant, even mid-keystroke.
 * Two layers:
 * 1. A synchronous write-ahead copy in the extension page's own
 *    `localStorage` (extension origin, never the host page's), done on every
 *    change before this function returns: nothing can be lost to timing.
 * 2. The durable copy in IndexedDB, coalesced: at most one write in flight
 *    per draft, and only the latest text is written next. When it lands, the
 *    write-ahead copy is dropped.
 * `loadDraft` takes whichever copy is newer.
 */
interface Pending {
  inFlight: Promise<void>;
  latest: { text: string; at: string } | null;
}
const pending = new Map<string, Pending>();
const WAL_PREFIX = 'recalibrate.draft:';

function wal(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

async function persist(id: string, text: string, at: string): Promise<void> {
  if (text) await db().drafts.put({ id, text, updatedAt: at });
  else await db().drafts.delete(id);
}

export function saveDraft(id: string, text: string): Promise<void> {
  const at = nowIso();
  try {
    wal()?.setItem(WAL_PREFIX + id, JSON.stringify({ text, at }));
  } catch (error) {
    // localStorage full: say so; the IndexedDB copy below is still attempted.
    reportStorageError(error);
  }
  const entry = pending.get(id);
  if (entry) {
    entry.latest = { text, at };
    return entry.inFlight;
  }
  const state: Pending = { inFlight: Promise.resolve(), latest: { text, at } };
  pending.set(id, state);
  state.inFlight = (async () => {
    try {
      while (state.latest) {
        const { text: t, at: when } = state.latest;
        state.latest = null;
        await persist(id, t, when);
      }
      const stored = wal()?.getItem(WAL_PREFIX + id);
      if (stored && JSON.parse(stored).at <= at) wal()?.removeItem(WAL_PREFIX + id);
    } finally {
      pending.delete(id);
    }
  })();
  return state.inFlight;
}

export async function loadDraft(id: string): Promise<string> {
  const durable = await db().drafts.get(id);
  const raw = wal()?.getItem(WAL_PREFIX + id);
  if (raw) {
    try {
      const ahead = JSON.parse(raw) as { text: string; at: string };
      if (!durable || ahead.at >= durable.updatedAt) {
        void saveDraft(id, ahead.text); // bring IndexedDB up to date
        return ahead.text;
      }
    } catch {
      wal()?.removeItem(WAL_PREFIX + id);
    }
  }
  return durable?.text ?? '';
}

export function clearDraft(id: string): Promise<void> {
  return saveDraft(id, '');
}

/** Erase: drop every write-ahead copy in this extension page. */
export function clearDraftWriteAhead(): void {
  const storage = wal();
  if (!storage) return;
  for (const key of Object.keys(storage)) if (key.startsWith(WAL_PREFIX)) storage.removeItem(key);
}

export const noteDraftId = (candidateKey: string): string => `note:${candidateKey}`;
