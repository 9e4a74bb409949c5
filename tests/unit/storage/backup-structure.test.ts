import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from '@/storage/schema';
import { BACKUP_SCHEMAS, DERIVED_TABLES } from '@/storage/backup-schemas';
import { BACKUP_UPGRADES } from '@/storage/backup-upgrades';
import { primaryKeyOf } from '@/storage/backup-file';
import { deepEqual, planTable } from '@/domain/backup/plan';

/** The tables of the current schema, from the append-only history (a `null` store deletes a table). */
function currentTables(): string[] {
  const tables = new Map<string, string | null>();
  for (const v of SCHEMA_VERSIONS) for (const [name, spec] of Object.entries(v.stores)) tables.set(name, spec);
  return [...tables].filter(([, spec]) => spec !== null).map(([name]) => name);
}

describe('backup structure', () => {
  it('every table of the current schema has a backup schema, or is derived and rebuilt', () => {
    const missing = currentTables().filter((t) => !BACKUP_SCHEMAS[t] && !DERIVED_TABLES.has(t));
    // A new table? Add its valibot schema to storage/backup-schemas.ts (or list it in DERIVED_TABLES when it is rebuilt from others).
    expect(missing).toEqual([]);
  });

  it('has no schema for a table that does not exist', () => {
    expect(Object.keys(BACKUP_SCHEMAS).filter((t) => !currentTables().includes(t))).toEqual([]);
  });

  it('every schema version after the first has a backup upgrade (older files are brought forward)', () => {
    const missing = SCHEMA_VERSIONS.slice(1).filter((v) => !BACKUP_UPGRADES[v.version]).map((v) => v.version);
    expect(missing).toEqual([]);
  });

  it('reads primary keys from the schema history', () => {
    expect(primaryKeyOf('candidates')).toBe('key');
    expect(primaryKeyOf('notes')).toBe('id');
  });
});

describe('import plan', () => {
  const keyOf = (r: { id: string }) => r.id;
  const existing = new Map([
    ['a', { id: 'a', v: 1, updatedAt: '2026-01-01' }],
    ['b', { id: 'b', v: 1, updatedAt: '2026-03-01' }],
    ['c', { id: 'c', v: 1, updatedAt: '2026-01-01' }],
  ]);
  const incoming = [
    { id: 'a', v: 1, updatedAt: '2026-01-01' },
    { id: 'b', v: 2, updatedAt: '2026-02-01' },
    { id: 'd', v: 1, updatedAt: '2026-01-01' },
  ];

  it('merge adds, keeps a newer copy, never deletes', () => {
    const plan = planTable(existing, incoming, keyOf, 'merge');
    expect(plan.counts).toEqual({ add: 1, update: 0, unchanged: 1, keepNewer: 1, delete: 0 });
    expect(plan.adds.map(keyOf)).toEqual(['d']);
    expect(plan.updates).toEqual([]);
  });

  it('replace makes the table equal to the file', () => {
    const plan = planTable(existing, incoming, keyOf, 'replace');
    expect(plan.counts).toEqual({ add: 1, update: 1, unchanged: 1, keepNewer: 0, delete: 1 });
    expect(plan.deletes).toEqual(['c']);
  });

  it('compares plain data structurally, ignoring key order and undefined fields', () => {
    expect(deepEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(deepEqual({ a: 1, x: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual({ a: [1] }, { a: { 0: 1 } })).toBe(false);
    expect(deepEqual({ a: null }, { a: 0 })).toBe(false);
  });
});
