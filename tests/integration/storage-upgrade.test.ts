import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { RecalibrateDB } from '@/storage/db';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from '@/storage/schema';
import { seedForVersion } from './upgrade-fixtures';
import { parseEntryId } from '@/storage/search-index';

/**
 * Upgrade harness (architecture rule 8): for every earlier schema version,
 * create a database with exactly that version's schema, fill it with records
 * shaped as that version wrote them, then open it with the current code and
 * check every record is still there.
 */
const opened: Dexie[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) d.close();
});

describe('schema upgrades', () => {
  it('versions are append-only and strictly increasing', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(CURRENT_VERSION).toBe(numbers[numbers.length - 1]);
  });

  for (const from of SCHEMA_VERSIONS.slice(0, -1)) {
    it(`opens a v${from.version} database with the current code and keeps every record`, async () => {
      const name = `upgrade-from-v${from.version}-${Math.random()}`;
      const old = new RecalibrateDB(name, SCHEMA_VERSIONS.filter((v) => v.version <= from.version));
      opened.push(old);
      const seeded = seedForVersion(from.version);
      for (const [table, rows] of Object.entries(seeded)) await old.table(table).bulkAdd(rows);
      old.close();

      const current = new RecalibrateDB(name);
      opened.push(current);
      await current.open();
      expect(current.verno).toBe(CURRENT_VERSION);
      for (const [table, rows] of Object.entries(seeded)) {
        const stored = await current.table(table).toArray();
        expect(stored).toHaveLength(rows.length);
        for (const row of rows) {
          const key = (row as Record<string, unknown>)[current.table(table).schema.primKey.name as string];
          expect(await current.table(table).get(key as string)).toMatchObject(row as object);
        }
      }
    });
  }

  it('v4 indexes every searchable record that existed before (v1 and v3 databases)', async () => {
    for (const from of [1, 3]) {
      const name = `v4-index-from-v${from}-${Math.random()}`;
      const old = new RecalibrateDB(name, SCHEMA_VERSIONS.filter((v) => v.version <= from));
      opened.push(old);
      const seeded = seedForVersion(from);
      for (const [table, rows] of Object.entries(seeded)) await old.table(table).bulkAdd(rows);
      old.close();
      const current = new RecalibrateDB(name);
      opened.push(current);
      const refs = async (ids: string[]) => ids.map(parseEntryId).map((e) => `${e.table}:${e.key}`).sort();
      const ids = await refs(await current.searchIndex.toCollection().primaryKeys());
      const expected = ['candidates:demo:priya-raman', 'candidates:linkedin:jane-doe', 'debriefs:d1', 'notes:n1', 'notes:n2'];
      if (from >= 2) expected.push('notes:n3');
      if (from >= 3) expected.push('briefs:b1', 'briefVersions:bv1');
      expect(ids).toEqual(expected.sort());
      expect(await refs(await current.searchIndex.where('words').startsWith('kubern').primaryKeys())).toEqual(from >= 3 ? ['briefVersions:bv1'] : []);
      expect(await refs(await current.searchIndex.where('words').equals('hands').primaryKeys())).toEqual(['debriefs:d1', 'notes:n1']);
    }
  });

  it('fills lastSeenAt on candidates written by v1', async () => {
    const name = `v1-lastseen-${Math.random()}`;
    const old = new RecalibrateDB(name, SCHEMA_VERSIONS.filter((v) => v.version === 1));
    opened.push(old);
    await old.table('candidates').add(seedForVersion(1).candidates![0]);
    old.close();
    const current = new RecalibrateDB(name);
    opened.push(current);
    const c = await current.candidates.get('linkedin:jane-doe');
    expect(c?.lastSeenAt).toBe('2026-01-02T10:00:00.000Z');
    expect(await current.candidates.orderBy('lastSeenAt').count()).toBe(1);
  });
});
