/**
 * Errors in words the recruiter reads, in the UI language: storage problems
 * (disk full, database held elsewhere), backups the import refused, and brief
 * or plan input to fix. The storage layer gives each a code and the values it
 * names; anything else shows its own message, or the caller's fallback.
 */
import type { BackupError, BackupProblem } from '@/storage/backup-file';
import type { BriefInputError, BriefInputProblem } from '@/storage/briefs';
import { classifyStorageError, type StorageProblemKind } from '@/storage/storage-health';
import { formatNumber, t, type MessageKey } from './i18n';

// Recognised by name, with type-only imports: every page shows errors, and
// the popup must not load the backup reader or the briefs store to do it.
const isBackupError = (e: unknown): e is BackupError => e instanceof Error && e.name === 'BackupError';
const isBriefInputError = (e: unknown): e is BriefInputError => e instanceof Error && e.name === 'BriefInputError';

const STORAGE_PROBLEMS: Record<StorageProblemKind, MessageKey> = {
  quota: 'storageProblemQuota',
  blocked: 'storageProblemBlocked',
  upgraded: 'storageProblemUpgraded',
  closed: 'storageProblemClosed',
};

export const storageProblemText = (kind: StorageProblemKind): string => t(STORAGE_PROBLEMS[kind]);

const BACKUP_PROBLEMS: Record<Exclude<BackupProblem, 'tooBig' | 'schema'>, MessageKey> = {
  forbiddenKey: 'storageBackupForbiddenKey',
  notJson: 'storageBackupNotJson',
  notJsonTruncated: 'storageBackupNotJsonTruncated',
  notObject: 'storageBackupNotObject',
  notBackup: 'storageBackupNotBackup',
  notWholeNumber: 'storageBackupNotWholeNumber',
  newerFormat: 'storageBackupNewerFormat',
  newerSchema: 'storageBackupNewerSchema',
  noDate: 'storageBackupNoDate',
  noTables: 'storageBackupNoTables',
  derivedTable: 'storageBackupDerivedTable',
  unknownTable: 'storageBackupUnknownTable',
  notList: 'storageBackupNotList',
  notRecord: 'storageBackupNotRecord',
  duplicateKey: 'storageBackupDuplicateKey',
  missing: 'storageBackupMissing',
  invalid: 'storageBackupInvalid',
};

/** Why a backup was refused, with where in the file (the path stays as written: it names the file's fields). */
export function backupErrorText(error: BackupError): string {
  const values = error.values.map(String);
  const reason =
    error.code === 'tooBig' ? t('storageBackupTooBig', formatNumber(Number(error.values[0])), formatNumber(Number(error.values[1])))
    : error.code === 'schema' ? error.reason // a field check's technical wording (storage/backup-schemas.ts)
    : t(BACKUP_PROBLEMS[error.code], ...values);
  return error.path ? t('storageBackupAt', error.path, reason) : reason;
}

const BRIEF_INPUT: Record<Exclude<BriefInputProblem, 'planIssue'>, MessageKey> = {
  briefGone: 'storageBriefGone',
  debriefGone: 'storageDebriefGone',
  planGone: 'storagePlanGone',
  reasonMissing: 'briefReasonMissing',
  reasonTooLong: 'briefReasonTooLong',
  nothingToSave: 'storageNothingToSave',
  versionNotFound: 'storageVersionNotFound',
  versionSame: 'storageVersionSame',
  noVersionToPlan: 'storageNoVersionToPlan',
  planSent: 'storagePlanSent',
  sentPlanKept: 'storageSentPlanKept',
};

/** Brief and plan input to fix. A plan check (`planIssue`) is worded by the plan editor, which has the plan labels. */
export function briefInputText(error: BriefInputError): string {
  if (error.code === 'planIssue') return error.message;
  return t(BRIEF_INPUT[error.code], ...error.values.map((v) => (typeof v === 'number' ? formatNumber(v, 0) : v)));
}

/** An error as a sentence: the storage explanation when it is one, the coded errors in the UI language, else its own message or `fallback`. */
export function errorText(error: unknown, fallback: string = t('storageChangeNotSaved')): string {
  const kind = classifyStorageError(error);
  if (kind) return storageProblemText(kind);
  if (isBackupError(error)) return backupErrorText(error);
  if (isBriefInputError(error)) return briefInputText(error);
  return error instanceof Error && error.message ? error.message : fallback;
}
