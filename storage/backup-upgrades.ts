/**
 * Backups made by an older schema version are brought up to the current one
 * record by record, the same change each schema upgrader in storage/schema.ts
 * makes to stored records. Keyed by the version being upgraded *to*; every
 * schema version after the first has an entry (a unit test checks), even
 * when there is nothing to change.
 */
type Tables = Record<string, Record<string, unknown>[]>;

export const BACKUP_UPGRADES: Readonly<Record<number, (tables: Tables) => void>> = {
  // v2: candidates gained lastSeenAt (the v1 records' last update stands in for it).
  2: (tables) => {
    for (const c of tables.candidates ?? []) if (c.lastSeenAt === undefined) c.lastSeenAt = c.updatedAt;
  },
  // v3: new tables (briefs, versions, plans) and an index; existing records unchanged.
  3: () => undefined,
  // v4: the derived search index, rebuilt on import; records unchanged.
  4: () => undefined,
};

export function upgradeBackupTables(tables: Tables, fromVersion: number, toVersion: number): void {
  for (let v = fromVersion + 1; v <= toVersion; v++) {
    const upgrade = BACKUP_UPGRADES[v];
    if (!upgrade) throw new Error(`No backup upgrade to schema v${v}`);
    upgrade(tables);
  }
}
