import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware, Transaction } from 'dexie';
import { indexWords } from '@/domain/search/tokens';
import { SEARCH_DOCUMENTS } from './search-documents';

/**
 * The search index is a table of its own (`searchIndex`, schema v4): one
 * entry per searchable record with its words in a multiEntry index. It is
 * kept up to date by a Dexie DBCore middleware rather than by each
 * repository, so every write — notes, debriefs from the workflow UI, briefs,
 * backup import, erase — updates the index in the same transaction, and a
 * repository added later cannot forget to. Readers never see a half-indexed
 * state, because the entry and the record commit together.
 *
 * An entry's primary key starts with the record's age, newest first:
 * `<16-digit inverted timestamp>|notes|<id>`. IndexedDB returns a word's
 * entries in primary-key order, so a query asks for the first N keys of each
 * word (one `getAllKeys`, no entry values) and gets that word's N newest
 * records; the table and record id are in the keys themselves.
 */
export const SEARCH_TABLE = 'searchIndex';

export interface SearchEntry {
  /** `${newestFirst(at)}|${table}|${primary key}` */
  id: string;
  table: string;
  key: string;
  words: string[];
  at: string;
}

const SEP = '|';
/** The largest time a JS Date can hold: ages are counted down from it. */
const MAX_TIME = 8_640_000_000_000_000;

/** A date as a fixed-width string that sorts newest first (undated records sort last). */
export function newestFirst(at: string): string {
  const time = Date.parse(at);
  return String(MAX_TIME - (Number.isNaN(time) ? 0 : time)).padStart(16, '0');
}

const keyFor = (at: string, table: string, key: unknown) => [newestFirst(at), table, String(key)].join(SEP);

export function parseEntryId(id: string): { at: string; table: string; key: string } {
  const first = id.indexOf(SEP);
  const second = id.indexOf(SEP, first + 1);
  const time = MAX_TIME - Number(id.slice(0, first));
  return { at: time > 0 ? new Date(time).toISOString() : '', table: id.slice(first + 1, second), key: id.slice(second + 1) };
}

function describe(table: string, record: unknown) {
  const doc = SEARCH_DOCUMENTS[table];
  return doc && record && typeof record === 'object' ? doc(record as Record<string, unknown>) : null;
}

/** Index entry for a record, or null when it has nothing to find. */
export function entryFor(table: string, key: unknown, record: unknown): SearchEntry | null {
  const doc = describe(table, record);
  if (!doc) return null;
  const words = indexWords(doc.texts);
  if (words.length === 0) return null;
  return { id: keyFor(doc.at, table, key), table, key: String(key), words, at: doc.at };
}

/** The id the entry of this stored record has (computed without tokenising). */
const idOf = (table: string, key: unknown, record: unknown): string | null => {
  const doc = describe(table, record);
  return doc ? keyFor(doc.at, table, key) : null;
};

// Dexie's DBCoreRangeType values (a const enum in its typings, so not importable at run time).
const EQUAL = 1;
const ANY = 3;

function indexingTable(table: DBCoreTable, index: DBCoreTable): DBCoreTable {
  const name = table.name;
  const primaryKey = table.schema.primaryKey;
  const keyOf = (value: unknown) => primaryKey.extractKey?.(value);
  const del = async (trans: DBCoreTransaction, ids: (string | null)[]) => {
    const keys = ids.filter((id): id is string => !!id);
    if (keys.length) await index.mutate({ type: 'delete', trans, keys });
  };
  /** Stored versions of these records (before the write), to find their current entries. */
  const before = (trans: DBCoreTransaction, keys: unknown[]) => (keys.length ? table.getMany({ trans, keys }) : Promise.resolve([] as unknown[]));

  return {
    ...table,
    async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      if (req.type === 'deleteRange') {
        if (req.range.type === ANY) {
          const tableIndex = index.schema.getIndexByKeyPath('table')!;
          const ids = (await index.query({ trans: req.trans, values: false, query: { index: tableIndex, range: { type: EQUAL, lower: name, upper: name } } })).result;
          await del(req.trans, ids);
        } else {
          const rows = (await table.query({ trans: req.trans, values: true, query: { index: primaryKey, range: req.range } })).result;
          await del(req.trans, rows.map((r) => idOf(name, keyOf(r), r)));
        }
        return table.mutate(req);
      }
      if (req.type === 'delete') {
        const old = await before(req.trans, req.keys);
        const res = await table.mutate(req);
        await del(req.trans, old.map((r, i) => (r ? idOf(name, req.keys[i], r) : null)));
        return res;
      }
      const keys = req.values.map((v, i) => req.keys?.[i] ?? keyOf(v));
      const old = req.type === 'put' ? await before(req.trans, keys.filter((k) => k !== undefined)) : [];
      const oldIds = new Map<string, string>();
      for (const r of old) {
        if (!r) continue;
        const k = keyOf(r);
        const id = idOf(name, k, r);
        if (id) oldIds.set(String(k), id);
      }
      const res = await table.mutate(req);
      const entries: SearchEntry[] = [];
      const stale: string[] = [];
      req.values.forEach((value, i) => {
        if (res.failures[i]) return;
        const key = res.results?.[i] ?? keys[i];
        if (key === undefined) return;
        const entry = entryFor(name, key, value);
        const previous = oldIds.get(String(key));
        if (previous && previous !== entry?.id) stale.push(previous);
        if (entry) entries.push(entry);
      });
      await del(req.trans, stale);
      if (entries.length) await index.mutate({ type: 'put', trans: req.trans, values: entries });
      return res;
    },
  };
}

export const searchIndexMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'recalibrate-search-index',
  create(down) {
    // Databases opened at an older schema (upgrade tests, the upgrade itself before v4) have no index to keep.
    if (!down.schema.tables.some((t) => t.name === SEARCH_TABLE)) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && !stores.includes(SEARCH_TABLE) && stores.some((s) => s in SEARCH_DOCUMENTS);
        return down.transaction(widen ? [...stores, SEARCH_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name in SEARCH_DOCUMENTS ? indexingTable(table, down.table(SEARCH_TABLE)) : table;
      },
    };
  },
};

/** Schema v4 upgrader (and repair): index every existing searchable record. */
export async function rebuildSearchIndex(tx: Transaction): Promise<void> {
  const index = tx.table(SEARCH_TABLE);
  await index.clear();
  for (const table of Object.keys(SEARCH_DOCUMENTS)) {
    if (!tx.storeNames.includes(table)) continue;
    const source = tx.table(table);
    const keyPath = source.schema.primKey.keyPath as string;
    const batch: SearchEntry[] = [];
    await source.each((record: Record<string, unknown>) => {
      const entry = entryFor(table, record[keyPath], record);
      if (entry) batch.push(entry);
    });
    for (let i = 0; i < batch.length; i += 2000) await index.bulkPut(batch.slice(i, i + 2000));
  }
}
