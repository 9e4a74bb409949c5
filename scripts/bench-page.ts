/**
 * Code the bench and the seed script run inside an extension page (so it
 * uses the extension's own IndexedDB, in the extension origin). Bundled with
 * Dexie by scripts/bundle-page.mjs and evaluated in the page; it exposes
 * `globalThis.recalibrateBench`. Not part of the extension.
 */
import Dexie from 'dexie';
import { db, RecalibrateDB } from '@/storage/db';
import { SCHEMA_VERSIONS } from '@/storage/schema';
import { notesForCandidate } from '@/storage/notes';
import { search } from '@/storage/search';
import { exportBackup } from '@/storage/backup';
import { importBackupFile } from '@/storage/backup-import';
import { readBackupFile } from '@/storage/backup-file';
import { FOCUS, generateSeed, SCALE, type SeedData, type SeedOptions } from './seed-data';

const CHUNK = 5_000;

type Tables = Record<string, Record<string, unknown>[]>;

async function fill(target: Dexie, tables: Tables): Promise<void> {
  for (const [name, rows] of Object.entries(tables)) {
    const table = target.table(name);
    for (let i = 0; i < rows.length; i += CHUNK) {
      await table.bulkAdd(rows.slice(i, i + CHUNK));
    }
  }
}

function asTables(data: SeedData): Tables {
  return { ...data } as unknown as Tables;
}

/** The same people and records as schema v1 stored them (no lastSeenAt, no briefs). */
function asV1(data: SeedData): Tables {
  return {
    candidates: data.candidates.map(({ lastSeenAt: _seen, ...c }) => c),
    debriefs: data.debriefs.map(({ briefId: _brief, ...d }) => d),
    notes: data.notes.map(({ debriefId: _debrief, ...n }) => n),
  };
}

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

const bench = {
  SCALE,
  FOCUS,

  /** Replace the extension's data with a generated data set. */
  async seed(options: SeedOptions = {}): Promise<{ ms: number; counts: Record<string, number> }> {
    const data = generateSeed(options);
    const database = db();
    const { ms } = await time(async () => {
      await database.transaction('rw', database.tables, async () => {
        await Promise.all(database.tables.map((t) => t.clear()));
      });
      await fill(database, asTables(data));
    });
    return { ms, counts: await bench.counts() };
  },

  async counts(): Promise<Record<string, number>> {
    const database = db();
    const entries = await Promise.all(database.tables.map(async (t) => [t.name, await t.count()] as const));
    return Object.fromEntries(entries);
  },

  /** One candidate's notes, newest first (the indexed query the views run). */
  async notesQuery(candidateKey: string = FOCUS.key): Promise<{ ms: number; rows: number }> {
    const { ms, value } = await time(() => notesForCandidate(candidateKey));
    return { ms, rows: value.length };
  },

  /** The search the views run (`storage/search`), over every indexed record. */
  async search(query: string): Promise<{ ms: number; hits: number; truncated: boolean }> {
    const { ms, value } = await time(() => search(query));
    return { ms, hits: Object.values(value.counts).reduce((a, b) => a + b, 0), truncated: value.truncated };
  },

  /**
   * Full export (every table) as the options page does it. Tables are read
   * one after the other (by name), so the progress callback also times the
   * debriefs table on its own. The file is kept for the import figure.
   */
  async exportBackup(): Promise<{ ms: number; bytes: number; debriefsMs: number; debriefsBytes: number }> {
    let debriefsStart = 0;
    let debriefsEnd = 0;
    let previous = '';
    const start = performance.now();
    let lastProgressAt = start;
    const file = await exportBackup((p) => {
      const at = performance.now();
      if (p.table === 'debriefs' && previous !== 'debriefs') debriefsStart = lastProgressAt;
      if (p.table === 'debriefs') debriefsEnd = at;
      previous = p.table;
      lastProgressAt = at;
    });
    const ms = performance.now() - start;
    lastExport = file;
    debriefsBytes ??= (await db().debriefs.toArray()).reduce((n, d) => n + JSON.stringify(d).length + 2, 0);
    return { ms, bytes: file.size, debriefsMs: debriefsEnd - debriefsStart, debriefsBytes };
  },

  /**
   * Restore of 10,000 debriefs into an emptied database, as on a new
   * machine: the debriefs of the last export as a backup file of their own,
   * read and validated, then written (with their search entries) in one
   * transaction. Leaves only those debriefs in the database.
   */
  async importDebriefs(): Promise<{ ms: number; readMs: number; rows: number }> {
    if (!lastExport) throw new Error('export first');
    const backup = JSON.parse(await lastExport.text()) as { tables: Record<string, unknown[]> };
    backup.tables = Object.fromEntries(Object.keys(backup.tables).map((name) => [name, name === 'debriefs' ? backup.tables[name]! : []]));
    const file = new Blob([JSON.stringify(backup)], { type: 'application/json' });
    const database = db();
    await database.transaction('rw', database.tables, async () => {
      await Promise.all(database.tables.map((t) => t.clear()));
    });
    const read = await time(() => readBackupFile(file));
    const { ms } = await time(() => importBackupFile(file, 'replace'));
    return { ms, readMs: read.ms, rows: await database.debriefs.count() };
  },

  /**
   * Schema upgrade cost: a database written by schema v1 holding the full
   * data set is opened by the current code (every upgrade runs, every new
   * index is built). Then the time to open it again, already current.
   */
  async upgradeFromV1(options: SeedOptions = {}): Promise<{ seedMs: number; upgradeMs: number; openMs: number }> {
    const name = 'recalibrate-bench-upgrade';
    await Dexie.delete(name);
    const old = new RecalibrateDB(name, SCHEMA_VERSIONS.slice(0, 1));
    const seeded = await time(async () => {
      await old.open();
      await fill(old, asV1(generateSeed(options)));
    });
    old.close();
    const current = new RecalibrateDB(name);
    const upgraded = await time(() => current.open());
    current.close();
    const again = new RecalibrateDB(name);
    const opened = await time(() => again.open());
    again.close();
    await Dexie.delete(name);
    return { seedMs: seeded.ms, upgradeMs: upgraded.ms, openMs: opened.ms };
  },

};

let lastExport: Blob | null = null;
let debriefsBytes: number | undefined;

export type RecalibrateBench = typeof bench;

(globalThis as unknown as { recalibrateBench: RecalibrateBench }).recalibrateBench = bench;
