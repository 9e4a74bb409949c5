import type { Page } from 'playwright-core';

/**
 * Put records straight into the extension's IndexedDB from one of its pages
 * (same origin as the background and every view). The page must have opened
 * the database already (any extension page does on first read), so the
 * object stores exist at the current schema version.
 */
export async function seedDatabase(page: Page, tables: Record<string, readonly object[]>): Promise<void> {
  await page.evaluate(async (data) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('recalibrate');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = Object.keys(data);
    await new Promise<void>((resolve, reject) => {
      const tx = database.transaction(names, 'readwrite');
      for (const name of names) for (const record of data[name]!) tx.objectStore(name).put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    database.close();
  }, tables as Record<string, object[]>);
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * Move every ISO timestamp in the records by `ms`. The fixture is written
 * for a fixed "now"; the extension uses the real clock, and shifting the
 * data keeps every interval (and so every period and speed figure) intact.
 */
export function shiftDates<T>(value: T, ms: number): T {
  if (typeof value === 'string') return (ISO.test(value) ? new Date(Date.parse(value) + ms).toISOString() : value) as T;
  if (Array.isArray(value)) return value.map((v) => shiftDates(v, ms)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDates(v, ms)])) as T;
  return value;
}
