import { db } from './db';
import { setDebriefText, textAt } from './debrief-edits';

/**
 * Write-ahead copies of debrief fields being typed. IndexedDB writes are
 * asynchronous and a popup can close at any instant; `localStorage` (the
 * extension origin's, never the host page's) is written synchronously on
 * every keystroke, so the words survive even if the debounced save never
 * lands. The copy is dropped once the save has landed; a debrief view that
 * opens later replays whatever is left (recoverWriteAheads).
 */
interface Entry {
  text: string;
  /** When typed. */
  at: string;
  /** Fingerprint of the stored value when typing started: tells whether someone else changed the field since. */
  base: string;
}

/**
 * A short fingerprint (length and FNV-1a hash), so a 50,000-character field
 * does not write its old value next to its new one on every keystroke.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}

const PREFIX = 'recalibrate.field:';
const keyFor = (debriefId: string, path: string) => `${PREFIX}${debriefId}|${path}`;

function store(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** `base` is the fingerprint() of the stored value the typing started from. */
export function writeAhead(debriefId: string, path: string, text: string, base: string): void {
  try {
    store()?.setItem(keyFor(debriefId, path), JSON.stringify({ text, at: new Date().toISOString(), base } satisfies Entry));
  } catch {
    // Quota full: the debounced IndexedDB save still runs; nothing else to do here.
  }
}

/** Drop the copy once `saved` is in IndexedDB, unless newer text was typed meanwhile. */
export function settleWriteAhead(debriefId: string, path: string, saved: string): void {
  const s = store();
  const raw = s?.getItem(keyFor(debriefId, path));
  if (!raw) return;
  try {
    if ((JSON.parse(raw) as Entry).text === saved) s?.removeItem(keyFor(debriefId, path));
  } catch {
    s?.removeItem(keyFor(debriefId, path));
  }
}

export function pendingWriteAheads(debriefId: string): (Entry & { path: string })[] {
  const s = store();
  if (!s) return [];
  const prefix = `${PREFIX}${debriefId}|`;
  return Object.keys(s)
    .filter((k) => k.startsWith(prefix))
    .flatMap((k) => {
      try {
        return [{ ...(JSON.parse(s.getItem(k) ?? '') as Entry), path: k.slice(prefix.length) }];
      } catch {
        s.removeItem(k);
        return [];
      }
    });
}

/**
 * Replay copies whose save never landed. A copy wins when the field still
 * holds the value it was typed over, or when it is newer than the record's
 * last change; otherwise someone edited that field later and their text stays.
 * Returns how many fields were recovered.
 */
export async function recoverWriteAheads(debriefId: string): Promise<number> {
  const entries = pendingWriteAheads(debriefId);
  if (!entries.length) return 0;
  const record = await db().debriefs.get(debriefId);
  let recovered = 0;
  for (const entry of entries) {
    if (record) {
      const current = textAt(record, entry.path);
      if (current !== entry.text && (fingerprint(current) === entry.base || entry.at >= record.updatedAt)) {
        await setDebriefText(debriefId, entry.path, entry.text);
        recovered += 1;
      }
    }
    settleWriteAhead(debriefId, entry.path, entry.text);
  }
  return recovered;
}

/** Erase: drop every write-ahead copy of debrief fields in this extension origin. */
export function clearFieldWriteAheads(): void {
  const s = store();
  if (!s) return;
  for (const key of Object.keys(s)) if (key.startsWith(PREFIX)) s.removeItem(key);
}
