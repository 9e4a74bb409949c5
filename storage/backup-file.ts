import * as v from 'valibot';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from './schema';
import { BACKUP_SCHEMAS, DERIVED_TABLES, storageLocalSchema } from './backup-schemas';
import { upgradeBackupTables } from './backup-upgrades';

/**
 * Reading a backup file: every check happens here, before the database is
 * touched, and the first problem found is reported with where it is (a path
 * such as `tables.notes[12].text`) and what is wrong with it.
 */
export const BACKUP_FORMAT = 'recalibrate-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Larger files are refused before being read: a real backup of 50,000 notes is well under this. */
export const MAX_BACKUP_BYTES = 50_000_000;

/** What is wrong with a backup, for the views to word; `values` fill the message (see the English `reason` beside each). */
export type BackupProblem =
  | 'tooBig' | 'forbiddenKey' | 'notJson' | 'notJsonTruncated' | 'notObject' | 'notBackup' | 'notWholeNumber' | 'newerFormat'
  | 'newerSchema' | 'noDate' | 'noTables' | 'derivedTable' | 'unknownTable' | 'notList' | 'notRecord' | 'duplicateKey'
  | 'missing' | 'invalid' | 'schema';

export class BackupError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly code: BackupProblem,
    readonly values: readonly (string | number)[] = [],
  ) {
    super(path ? `${path}: ${reason}` : reason);
    this.name = 'BackupError';
  }
}

export type BackupTables = Record<string, Record<string, unknown>[]>;

export interface ParsedBackup {
  /** Schema version the file was written with (its records are already upgraded to the current one). */
  schemaVersion: number;
  exportedAt: string;
  storage: v.InferOutput<typeof storageLocalSchema>;
  tables: BackupTables;
}

/** Keys that could reach an object's prototype if some code ever merged the data naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class ForbiddenKey extends Error {}

export async function readBackupFile(file: Blob): Promise<ParsedBackup> {
  if (file.size > MAX_BACKUP_BYTES) throw tooBig(file.size);
  return parseBackup(await file.text());
}

const mb = (bytes: number) => `${(bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
const tooBig = (bytes: number) =>
  new BackupError('', `The file is ${mb(bytes)}; backups larger than ${mb(MAX_BACKUP_BYTES)} are refused.`, 'tooBig', [bytes / 1_000_000, MAX_BACKUP_BYTES / 1_000_000]);

export function parseBackup(text: string): ParsedBackup {
  // Cheap pre-check: a string of this many UTF-16 units is at least this many bytes.
  if (text.length > MAX_BACKUP_BYTES) throw tooBig(text.length);
  const raw = parseJson(text);
  return validateBackup(raw);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text, function reviver(key, value) {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
      return value;
    });
  } catch (error) {
    if (error instanceof ForbiddenKey) {
      throw new BackupError(findKeyPath(JSON.parse(text), error.message) ?? '', `the key "${error.message}" is not allowed (it could tamper with object prototypes)`, 'forbiddenKey', [error.message]);
    }
    const detail = error instanceof Error ? error.message : String(error);
    const truncated = looksTruncated(text);
    throw new BackupError('', `The file is not valid JSON${truncated ? ' (it looks truncated: was the download interrupted?)' : ''}: ${detail}`, truncated ? 'notJsonTruncated' : 'notJson', [detail]);
  }
}

/** Brackets or a string left open at the end: the file was cut short (an interrupted download or copy). */
function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}

/** Where a forbidden key sits, for the message. JSON.parse without a reviver makes it an ordinary own property, so walking is safe. */
function findKeyPath(value: unknown, key: string, path = ''): string | null {
  if (!value || typeof value !== 'object') return null;
  for (const [k, child] of Object.entries(value)) {
    const here = Array.isArray(value) ? `${path}[${k}]` : path ? `${path}.${k}` : k;
    if (k === key) return here;
    const deeper = findKeyPath(child, key, here);
    if (deeper) return deeper;
  }
  return null;
}

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

export function validateBackup(raw: unknown): ParsedBackup {
  if (!isObject(raw)) throw new BackupError('', 'The file is not a Recalibrate backup (expected a JSON object).', 'notObject');
  if (raw.format !== BACKUP_FORMAT) throw new BackupError('format', `The file is not a Recalibrate backup (expected "${BACKUP_FORMAT}").`, 'notBackup', [BACKUP_FORMAT]);
  const formatVersion = raw.formatVersion;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    throw new BackupError('formatVersion', 'must be a whole number from 1', 'notWholeNumber');
  }
  if (formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError('formatVersion', `The backup was made by a newer version of Recalibrate (file format ${formatVersion}; this version reads format ${BACKUP_FORMAT_VERSION}). Update the extension, then import again.`, 'newerFormat', [formatVersion, BACKUP_FORMAT_VERSION]);
  }
  const schemaVersion = raw.schemaVersion;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new BackupError('schemaVersion', 'must be a whole number from 1', 'notWholeNumber');
  }
  if (schemaVersion > CURRENT_VERSION) {
    throw new BackupError('schemaVersion', `The backup was made by a newer version of Recalibrate (database v${schemaVersion}; this version has v${CURRENT_VERSION}). Update the extension, then import again.`, 'newerSchema', [schemaVersion, CURRENT_VERSION]);
  }
  const exportedAt = raw.exportedAt;
  if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt))) throw new BackupError('exportedAt', 'must be the date the backup was made', 'noDate');
  if (!isObject(raw.tables)) throw new BackupError('tables', 'missing, or not an object of tables', 'noTables');

  const tables: BackupTables = {};
  for (const [name, rows] of Object.entries(raw.tables)) {
    if (DERIVED_TABLES.has(name)) throw new BackupError(`tables.${name}`, 'is rebuilt automatically and must not be in a backup', 'derivedTable');
    if (!BACKUP_SCHEMAS[name]) throw new BackupError(`tables.${name}`, 'is not a table Recalibrate knows', 'unknownTable');
    if (!Array.isArray(rows)) throw new BackupError(`tables.${name}`, 'must be a list of records', 'notList');
    rows.forEach((row, i) => {
      if (!isObject(row)) throw new BackupError(`tables.${name}[${i}]`, 'must be an object', 'notRecord');
    });
    tables[name] = rows as Record<string, unknown>[];
  }
  // Older files: bring records to the current shape first, then validate them as current records.
  upgradeBackupTables(tables, schemaVersion, CURRENT_VERSION);
  for (const [name, rows] of Object.entries(tables)) validateTable(name, rows);

  const storage = v.safeParse(storageLocalSchema, raw.storage ?? {});
  if (!storage.success) throw issueError('storage', storage.issues[0]);
  return { schemaVersion, exportedAt, storage: storage.output, tables };
}

/** A table's primary key, read from its latest declaration in the schema history ("key, updatedAt" → "key"). */
export function primaryKeyOf(table: string): string {
  const spec = [...SCHEMA_VERSIONS].reverse().find((s) => typeof s.stores[table] === 'string')?.stores[table];
  return spec ? spec.split(',')[0]!.trim().replace(/^(\+\+|&)/, '') : 'id';
}

function validateTable(name: string, rows: Record<string, unknown>[]): void {
  const schema = BACKUP_SCHEMAS[name]!;
  const keyField = primaryKeyOf(name);
  const seen = new Set<unknown>();
  rows.forEach((row, i) => {
    const result = v.safeParse(schema, row);
    if (!result.success) throw issueError(`tables.${name}[${i}]`, result.issues[0]);
    const key = row[keyField];
    if (seen.has(key)) throw new BackupError(`tables.${name}[${i}].${keyField}`, `"${String(key)}" appears twice`, 'duplicateKey', [String(key)]);
    seen.add(key);
  });
}

function issueError(base: string, issue: v.BaseIssue<unknown> | undefined): BackupError {
  if (!issue) return new BackupError(base, 'is not valid', 'invalid');
  const dot = v.getDotPath(issue);
  const path = dot ? `${base}.${dot}`.replace(/\.(\d+)(?=\.|$)/g, '[$1]') : base;
  if (issue.kind === 'schema' && issue.received === 'undefined') return new BackupError(path, 'is missing', 'missing');
  // The field checks' own wording (backup-schemas.ts), technical detail shown after the path.
  return new BackupError(path, issue.message, 'schema');
}
