import Dexie from 'dexie';
import { db, resetDbForTests } from '@/storage/db';
import { DB_NAME } from '@/storage/schema';

/** A fresh, empty, opened database for each test (fake-indexeddb lives for the whole file). */
export async function freshDb() {
  resetDbForTests();
  await Dexie.delete(DB_NAME);
  await db().open();
  return db();
}

/** Every table's rows, sorted by primary key: for "nothing changed" assertions. */
export async function snapshotTables(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db().tables) out[table.name] = await table.toArray();
  return out;
}
