import { browser } from 'wxt/browser';
import type { IndexableType, Table } from 'dexie';
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
 * ones. Records are read in primary-key order inside one read transaction (a
 * consistent snapshot), a few key ranges at a time (see `keyRanges`), and
 * written as Blob parts, one record per line, so neither a huge array nor one
 * huge string is ever built.
 */
export interface Progress {
  table: string;
  done: number;
  total: number;
}

export const PAGE_SIZE = 1000;
/** Key ranges whose first page is requested ahead of the one being written: at most this many pages + 2 are held at once. */
const RANGES_AHEAD = 3;
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
      const ranges = await keyRanges(table, totals[i]!);
      // First pages of the ranges after the one being written, already requested: the database reads them
      // while this one is stringified (a page's last key is only known once it has arrived, so one range alone
      // leaves the database idle between pages).
      const ahead = ranges.slice(0, RANGES_AHEAD).map((range) => readAhead(table, range));
      let first = true;
      for (const [r, range] of ranges.entries()) {
        if (r + RANGES_AHEAD < ranges.length) ahead.push(readAhead(table, ranges[r + RANGES_AHEAD]!));
        let next = ahead.shift()!;
        for (;;) {
          const page = await next;
          if (page.length === 0) break;
          next = page.length < PAGE_SIZE ? Promise.resolve([]) : readRange(table, range, page[page.length - 1]![keyPath] as IndexableType);
          // Only the table's very first record goes without a leading comma.
          parts.push(page.map((rec, j) => `${first && j === 0 ? '' : ','}\n${JSON.stringify(rec)}`).join(''));
          first = false;
          done += page.length;
          onProgress?.({ table: table.name, done, total });
        }
      }
      parts.push(']');
    }
    onProgress?.({ table: '', done, total });
  });
  parts.push('\n}}\n');
  return new Blob(parts, { type: 'application/json' });
}

/** `[from, to)` of primary keys; `undefined` is unbounded. */
type KeyRange = [from: string | undefined, to: string | undefined];
const HEX = '0123456789abcdef';

/**
 * Ranges that, concatenated in order, cover every primary key in key order,
 * found without reading the keys (reading 10k keys costs more than the
 * concurrency gains). Ids are mostly random UUIDs, so the bounds are hex
 * digits after the prefix the table's first and last keys share: ids that all
 * start alike (imported ones, generated data) are split as well, and any other
 * key still lands in exactly one range (numbers and dates sort before every
 * string, so in the first range). One digit (16 ranges) up to 16 pages, more
 * digits beyond, so that a range is about one page: the pages of one range
 * can only be read one after the other.
 */
async function keyRanges(table: Table, count: number): Promise<KeyRange[]> {
  const [[first], [last]] = await Promise.all([table.orderBy(':id').limit(1).primaryKeys(), table.orderBy(':id').reverse().limit(1).primaryKeys()]);
  let prefix = '';
  if (typeof first === 'string' && typeof last === 'string') {
    let i = 0;
    while (i < first.length && first[i] === last[i]) i++;
    prefix = first.slice(0, i);
  }
  // prefix + '0', '1', … 'f', or '00' … 'ff' and so on; the first is left out, as the first range starts below it.
  let suffixes = [...HEX];
  while (suffixes.length < count / PAGE_SIZE) suffixes = suffixes.flatMap((s) => [...HEX].map((digit) => s + digit));
  const bounds = suffixes.slice(1).map((suffix) => prefix + suffix);
  return [undefined, ...bounds].map((from, i) => [from, bounds[i]]);
}

/**
 * A range's first page, asked for ahead of its turn. If the export fails before its turn (the transaction
 * aborts), nothing awaits it: mark it handled so the failure is reported once, by the export, not again as
 * an unhandled rejection. Awaiting it later still sees its error.
 */
function readAhead(table: Table, range: KeyRange): Promise<Record<string, unknown>[]> {
  const page = readRange(table, range);
  page.catch(() => undefined);
  return page;
}

/** The first page of a range, or the page after `last` (the last key already read in it). */
function readRange(table: Table, [from, to]: KeyRange, last?: IndexableType): Promise<Record<string, unknown>[]> {
  const key = table.where(':id');
  const lower = last ?? from;
  const collection =
    lower === undefined ? key.below(to!) : to === undefined ? (last === undefined ? key.aboveOrEqual(lower) : key.above(lower)) : key.between(lower, to, last === undefined, false);
  return collection.limit(PAGE_SIZE).toArray();
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
