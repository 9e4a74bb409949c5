import { browser } from 'wxt/browser';
import { PANEL_STRINGS_KEY } from '@/content/panel-strings';
import { db } from './db';
import { clearDraftWriteAhead } from './drafts';
import { DERIVED_TABLES } from './backup-schemas';

/**
 * Erasure for a candidate's request (GDPR-style "right to erasure") and for
 * the recruiter wiping everything. Every IndexedDB change happens in one
 * read-write transaction: it is all erased or, on any failure, none of it.
 * Copies outside IndexedDB follow right after: the per-tab memory in
 * storage.session and write-ahead copies in the extension's localStorage
 * (shared by popup, side panel and options, as they are one origin).
 */
export interface EraseReport {
  candidate: number;
  notes: number;
  debriefs: number;
  drafts: number;
  /** Plans from which a shortlist entry naming them was removed. */
  plans: number;
  /** Session entries (the tab or frame showing them) that mentioned them. */
  tabs: number;
  /** Write-ahead copies of text being typed. */
  writeAheads: number;
}

/** Every key in the extension's localStorage that Recalibrate wrote (draft and field write-aheads). */
const LOCAL_PREFIX = 'recalibrate.';

function localStore(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export async function eraseCandidate(candidateKey: string): Promise<EraseReport> {
  const t = db();
  const report = await t.transaction('rw', [t.candidates, t.notes, t.debriefs, t.drafts, t.plans], async () => {
    const debriefIds = (await t.debriefs.where('candidateKey').equals(candidateKey).primaryKeys()) as string[];
    const names = [candidateKey, ...debriefIds];
    const draftIds = (await t.drafts.toCollection().primaryKeys()).filter((id) => names.some((n) => String(id).includes(n)));
    const candidate = (await t.candidates.get(candidateKey)) ? 1 : 0;
    await t.candidates.delete(candidateKey);
    const notes = await t.notes.where('candidateKey').equals(candidateKey).delete();
    await t.debriefs.bulkDelete(debriefIds);
    await t.drafts.bulkDelete(draftIds);
    const plans = await t.plans
      .filter((p) => Array.isArray(p.shortlist) && p.shortlist.some((e) => e.candidateKey === candidateKey))
      .modify((p) => {
        p.shortlist = p.shortlist.filter((e) => e.candidateKey !== candidateKey);
      });
    return { candidate, notes, debriefs: debriefIds.length, drafts: draftIds.length, plans, names };
  });
  const tabs = await forgetTabsShowing(candidateKey);
  const writeAheads = dropWriteAheads((key) => report.names.some((n) => key.includes(n)));
  const { names: _names, ...counts } = report;
  return { ...counts, tabs, writeAheads };
}

/**
 * Session memory (per-tab candidate, per-frame state, whatever is added
 * later) is transient: any entry that mentions the candidate goes.
 */
async function forgetTabsShowing(candidateKey: string): Promise<number> {
  const all = await browser.storage.session.get(null);
  const needle = JSON.stringify(candidateKey);
  const keys = Object.entries(all)
    .filter(([, v]) => JSON.stringify(v ?? null).includes(needle))
    .map(([k]) => k);
  if (keys.length) await browser.storage.session.remove(keys);
  return keys.length;
}

function dropWriteAheads(matches: (key: string) => boolean): number {
  const s = localStore();
  if (!s) return 0;
  const keys = Object.keys(s).filter((k) => k.startsWith(LOCAL_PREFIX) && matches(k));
  for (const k of keys) s.removeItem(k);
  return keys.length;
}

/**
 * Erase everything: every table, the per-tab memory, the write-ahead copies
 * and the settings. The extension is left as freshly installed.
 */
export async function eraseEverything(): Promise<void> {
  // Derived tables (the search index) first: the index middleware then finds nothing left to unpick per table.
  const tables = [...db().tables].sort((a, b) => Number(DERIVED_TABLES.has(b.name)) - Number(DERIVED_TABLES.has(a.name)));
  await db().transaction('rw', tables, async () => {
    for (const table of tables) await table.clear();
  });
  await browser.storage.session.clear();
  // The panel's ready-made strings are not the recruiter's data: keep them, or every candidate page would ask
  // the browser for the whole message catalogue until the next browser start (content/panel-strings.ts).
  const kept = await browser.storage.local.get(PANEL_STRINGS_KEY);
  await browser.storage.local.clear();
  if (kept[PANEL_STRINGS_KEY]) await browser.storage.local.set(kept);
  clearDraftWriteAhead();
  dropWriteAheads(() => true);
}
