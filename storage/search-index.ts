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
 */
export const SEARCH_TABLE = 'searchIndex';

export interface SearchEntry {
  /** `${table}:${primary key}` */
  id: string;
  table: string;
  key: string;
  words: string[];
  at: string;
}

export const entryId = (table: string, key: unknown): string => `${table}:${String(key)}`;

/** Index entry for a record, or null when it has nothing to find. */
export function entryFor(table: string, key: unknown, record: unknown): SearchEntry | null {
  const describe = SEARCH_DOCUMENTS[table];
  if (!describe || !record || typeof record !== 'object') return null;
  const doc = describe(record as Record<string, unknown>);
  const words = indexWords(doc.texts);
  if (words.length === 0) return null;
  return { id: entryId(table, key), table, key: String(key), words, at: doc.at };
}

// Dexie's DBCoreRangeType values (a const enum in its typings, so not importable at run time).
const RANGE = 2;
const ANY = 3;
const tableRange = (table: string): DBCoreKeyRange => ({ type: RANGE, lower: `${table}:`, upper: `${table}:\uffff`, lowerOpen: false, upperOpen: false });

function indexingTable(table: DBCoreTable, index: DBCoreTable): DBCoreTable {
  const name = table.name;
  const put = (trans: DBCoreTransaction, values: SearchEntry[]) => (values.length ? index.mutate({ type: 'put', trans, values }) : null);
  const del = (trans: DBCoreTransaction, keys: string[]) => (keys.length ? index.mutate({ type: 'delete', trans, keys }) : null);
  return {
    ...table,
    async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      if (req.type === 'deleteRange') {
        if (req.range.type === ANY) await index.mutate({ type: 'deleteRange', trans: req.trans, range: tableRange(name) });
        else {
          const keys = (await table.query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } })).result;
          await del(req.trans, keys.map((k) => entryId(name, k)));
        }
        return table.mutate(req);
      }
      const res = await table.mutate(req);
      if (req.type === 'delete') {
        await del(req.trans, req.keys.map((k) => entryId(name, k)));
        return res;
      }
      const entries: SearchEntry[] = [];
      const emptied: string[] = [];
      req.values.forEach((value, i) => {
        if (res.failures[i]) return;
        const key = res.results?.[i] ?? req.keys?.[i] ?? table.schema.primaryKey.extractKey?.(value);
        if (key === undefined) return;
        const entry = entryFor(name, key, value);
        if (entry) entries.push(entry);
        else emptied.push(entryId(name, key));
      });
      await put(req.trans, entries);
      await del(req.trans, emptied);
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
