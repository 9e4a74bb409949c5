import { browser } from 'wxt/browser';
import { emptyCounts, planTable, type ImportMode, type TableCounts, type TablePlan } from '@/domain/backup/plan';
import { db } from './db';
import { primaryKeyOf, readBackupFile, type ParsedBackup } from './backup-file';
import { exportedTables, type Progress } from './backup';

/**
 * Importing a validated backup (storage/backup-file): first a preview of
 * what would change per table, then the same plan applied in ONE read-write
 * transaction over every table — if anything fails, nothing is written.
 * The search index follows through its middleware, in that transaction too.
 */
export interface ImportPreview {
  mode: ImportMode;
  tables: Record<string, TableCounts>;
  /** Replace restores the file's settings; merge keeps the ones here. */
  settings: 'restore' | 'keep' | 'none';
}

type Row = Record<string, unknown>;

async function planAll(backup: ParsedBackup, mode: ImportMode): Promise<Record<string, TablePlan<Row>>> {
  const plans: Record<string, TablePlan<Row>> = {};
  for (const table of exportedTables()) {
    const keyField = primaryKeyOf(table.name);
    const incoming = backup.tables[table.name] ?? [];
    const existing = new Map<string, Row>();
    // Merge without deletes only needs the records the file names; replace needs them all.
    if (mode === 'replace') {
      for (const row of (await table.toArray()) as Row[]) existing.set(String(row[keyField]), row);
    } else {
      const keys = incoming.map((r) => r[keyField]);
      const found = (await table.bulkGet(keys as never[])) as (Row | undefined)[];
      found.forEach((row) => row && existing.set(String(row[keyField]), row));
    }
    plans[table.name] = planTable(existing, incoming, (r) => String(r[keyField]), mode);
  }
  return plans;
}

function settingsAction(backup: ParsedBackup, mode: ImportMode): ImportPreview['settings'] {
  if (!backup.storage.settings && !backup.storage.retention) return 'none';
  return mode === 'replace' ? 'restore' : 'keep';
}

export async function previewImport(backup: ParsedBackup, mode: ImportMode): Promise<ImportPreview> {
  const plans = await db().transaction('r', exportedTables(), () => planAll(backup, mode));
  return { mode, tables: Object.fromEntries(Object.entries(plans).map(([k, p]) => [k, p.counts])), settings: settingsAction(backup, mode) };
}

const CHUNK = 1000;

export async function applyImport(backup: ParsedBackup, mode: ImportMode, onProgress?: (p: Progress) => void): Promise<ImportPreview> {
  const tables = exportedTables();
  const plans = await db().transaction('rw', tables, async () => {
    const planned = await planAll(backup, mode);
    const total = Object.values(planned).reduce((n, p) => n + p.adds.length + p.updates.length + p.deletes.length, 0);
    let done = 0;
    for (const table of tables) {
      const plan = planned[table.name]!;
      for (let i = 0; i < plan.deletes.length; i += CHUNK) {
        const keys = plan.deletes.slice(i, i + CHUNK);
        await table.bulkDelete(keys);
        onProgress?.({ table: table.name, done: (done += keys.length), total });
      }
      for (const [rows, write] of [
        [plan.updates, (chunk: Row[]) => table.bulkPut(chunk)],
        [plan.adds, (chunk: Row[]) => table.bulkAdd(chunk)],
      ] as const) {
        for (let i = 0; i < rows.length; i += CHUNK) {
          const chunk = rows.slice(i, i + CHUNK);
          await write(chunk);
          onProgress?.({ table: table.name, done: (done += chunk.length), total });
        }
      }
    }
    return planned;
  });
  // storage.local is outside IndexedDB: written only once the records are safely in.
  if (mode === 'replace') await restoreStorage(backup);
  return { mode, tables: Object.fromEntries(Object.entries(plans).map(([k, p]) => [k, p.counts])), settings: settingsAction(backup, mode) };
}

async function restoreStorage(backup: ParsedBackup): Promise<void> {
  const { settings, retention } = backup.storage;
  if (settings) await browser.storage.local.set({ settings });
  // The period comes back, the confirmation does not: nothing is deleted automatically until the recruiter has seen the preview here.
  if (retention) await browser.storage.local.set({ retention: { months: retention.months } });
}

export const noChanges = (p: ImportPreview): boolean =>
  Object.values(p.tables).every((c) => c.add + c.update + c.delete === 0);

export { emptyCounts, type ImportMode, type TableCounts };

/** Read, validate and apply in one go (tests and scripted restores; the UI previews in between). */
export async function importBackupFile(file: Blob, mode: ImportMode, onProgress?: (p: Progress) => void): Promise<ImportPreview> {
  return applyImport(await readBackupFile(file), mode, onProgress);
}
