import { browser } from 'wxt/browser';
import type { Table } from 'dexie';
import { db } from './db';
import { CURRENT_VERSION } from './schema';
import { nowIso } from './clock';
import { DERIVED_TABLES } from './backup-schemas';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './backup-file';

/**
 * Export everything as one JSON file:
 * `{ format, formatVersion, schemaVersion, exportedAt, storage, tables }`.
 * Every table of the database is included (iterating `db().tables`, so a
 * table added later is exported without touching this file), except derived
 * ones. Records are read in primary-key pages inside one read transaction (a
 * consistent snapshot; the next page is read while one is written out) and written as Blob parts, one record per line, so
 * neither a huge array nor one huge string is ever built.
 */
export interface Progress {
  table: string;
  done: number;
  total: number;
}

export const PAGE_SIZE = 1000;
/** `storage.local` keys that belong in a backup (settings and the retention choice). */
export const BACKED_UP_STORAGE_KEYS = ['settings', 'retention'] as const;

export const exportedTables = (): Table[] => db().tables.filter((t) => !DERIVED_TABLES.has(t.name)).sort((a, b) => a.name.localeCompare(b.name));

export async function exportBackup(onProgress?: (p: Progress) => void, now = nowIso()): Promise<Blob> {
  const parts: string[] = [];
  const storage = await storageSnapshot();
  parts.push(
    `{"format":${JSON.stringify(BACKUP_FORMAT)},"formatVersion":${BACKUP_FORMAT_VERSION},"schemaVersion":${CURRENT_VERSION},"exportedAt":${JSON.stringify(now)},\n"storage":${JSON.stringify(storage)},\n"tables":{`,
  );
  const tables = exportedTables();
  await db().transaction('r', tables, async () => {
    const totals = await Promise.all(tables.map((t) => t.count()));
    let done = 0;
    const total = totals.reduce((a, b) => a + b, 0);
    for (const [i, table] of tables.entries()) {
      parts.push(`${i ? ',' : ''}\n${JSON.stringify(table.name)}:[`);
      const keyPath = table.schema.primKey.keyPath as string;
      const readPageAfter = (last: unknown) =>
        (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(PAGE_SIZE).toArray() as Promise<Record<string, unknown>[]>;
      let next = readPageAfter(undefined);
      let first = true;
      for (;;) {
        const page = await next;
        if (page.length === 0) break;
        // Ask for the next page before writing this one out: the database reads it while this one is stringified.
        next = page.length < PAGE_SIZE ? Promise.resolve([]) : readPageAfter(page[page.length - 1]![keyPath]);
        // Only the table's very first record goes without a leading comma.
        parts.push(page.map((r, j) => `${first && j === 0 ? '' : ','}\n${JSON.stringify(r)}`).join(''));
        first = false;
        done += page.length;
        onProgress?.({ table: table.name, done, total });
      }
      parts.push(']');
    }
    onProgress?.({ table: '', done, total });
  });
  parts.push('\n}}\n');
  return new Blob(parts, { type: 'application/json' });
}

async function storageSnapshot(): Promise<Record<string, unknown>> {
  const stored = await browser.storage.local.get([...BACKED_UP_STORAGE_KEYS]);
  const out: Record<string, unknown> = {};
  if (stored.settings) out.settings = stored.settings;
  // Only the chosen period travels: automatic deletion must be confirmed again on the machine that restores.
  const retention = stored.retention as { months?: unknown } | undefined;
  if (retention && retention.months !== undefined) out.retention = { months: retention.months };
  return out;
}

/** File name for a download: recalibrate-backup-2026-01-31.json */
export const backupFileName = (now = new Date()): string => `recalibrate-backup-${now.toISOString().slice(0, 10)}.json`;
