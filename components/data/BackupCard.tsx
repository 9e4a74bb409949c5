import { useRef, useState } from 'react';
import { backupFileName, exportBackup, type Progress } from '@/storage/backup';
import { BackupError, readBackupFile, type ParsedBackup } from '@/storage/backup-file';
import { applyImport, noChanges, previewImport, type ImportMode, type ImportPreview } from '@/storage/backup-import';
import { reportStorageError } from '@/storage/storage-health';
import { formatNumber, t, uiLocale } from '../i18n';
import { downloadBlob } from './download';
import { tableLabel } from './table-labels';
import { backupErrorText, errorText } from '../error-text';

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'preview'; fileName: string; backup: ParsedBackup; mode: ImportMode; previews: Record<ImportMode, ImportPreview> }
  | { step: 'importing'; fileName: string; progress: Progress | null }
  | { step: 'done'; result: ImportPreview }
  | { step: 'failed'; message: string };

/** Export everything to one file; import one back with a preview of what changes first. */
export function BackupCard() {
  const [exporting, setExporting] = useState<Progress | null>(null);
  const [exportError, setExportError] = useState('');
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);

  const runExport = async () => {
    setExportError('');
    setExporting({ table: '', done: 0, total: 0 });
    try {
      const blob = await exportBackup(setExporting);
      downloadBlob(blob, backupFileName());
    } catch (e) {
      reportStorageError(e);
      setExportError(errorText(e, t('dataBackupFailed')));
    } finally {
      setExporting(null);
    }
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setState({ step: 'reading', fileName: file.name });
    try {
      const backup = await readBackupFile(file);
      // Both previews up front: switching between merge and replace is instant.
      const [merge, replace] = await Promise.all([previewImport(backup, 'merge'), previewImport(backup, 'replace')]);
      setState({ step: 'preview', fileName: file.name, backup, mode: 'merge', previews: { merge, replace } });
    } catch (e) {
      setState({ step: 'failed', message: e instanceof BackupError ? t('dataImportRejected', file.name, backupErrorText(e)) : errorText(e, t('dataFileUnreadable')) });
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const changeMode = (mode: ImportMode) => {
    if (state.step === 'preview') setState({ ...state, mode });
  };

  const runImport = async () => {
    if (state.step !== 'preview') return;
    const { backup, mode, fileName } = state;
    setState({ step: 'importing', fileName, progress: null });
    try {
      const result = await applyImport(backup, mode, (progress) => setState({ step: 'importing', fileName, progress }));
      setState({ step: 'done', result });
    } catch (e) {
      reportStorageError(e);
      setState({ step: 'failed', message: t('dataImportFailed', errorText(e, t('dataImportFailedReason'))) });
    }
  };

  return (
    <div className="stack">
      <h3>{t('dataBackupHeading')}</h3>
      <p className="muted small" style={{ margin: 0 }}>
        {t('dataBackupIntro')}
      </p>
      <div className="row">
        <button type="button" className="btn primary" onClick={() => void runExport()} disabled={!!exporting} data-testid="export-backup">
          {t('dataExportBackup')}
        </button>
        {exporting && <ProgressLine label={t('dataExporting')} progress={exporting} />}
      </div>
      {exportError && <p className="error" role="alert">{exportError}</p>}

      <div className="field">
        <label htmlFor="import-file">{t('dataImportLabel')}</label>
        <input id="import-file" ref={fileInput} type="file" accept="application/json,.json" data-testid="import-file" onChange={(e) => void pick(e.target.files?.[0])} disabled={state.step === 'importing' || state.step === 'reading'} />
      </div>
      {state.step === 'reading' && <p className="muted small" aria-live="polite">{t('dataChecking', state.fileName)}</p>}
      {state.step === 'failed' && <p className="error" role="alert" data-testid="import-error">{state.message}</p>}
      {state.step === 'preview' && <ImportPreviewView state={state} onMode={changeMode} onConfirm={() => void runImport()} onCancel={() => setState({ step: 'idle' })} />}
      {state.step === 'importing' && <ProgressLine label={t('dataImporting', state.fileName)} progress={state.progress} />}
      {state.step === 'done' && (
        <p className="small" role="status" data-testid="import-done">
          {summary(state.result)}
        </p>
      )}
    </div>
  );
}

function ImportPreviewView({ state, onMode, onConfirm, onCancel }: { state: Extract<ImportState, { step: 'preview' }>; onMode: (m: ImportMode) => void; onConfirm: () => void; onCancel: () => void }) {
  const { backup, mode } = state;
  const preview = state.previews[mode];
  const rows = Object.entries(preview.tables);
  return (
    <div className="card stack" data-testid="import-preview" aria-labelledby="import-preview-h">
      <h3 id="import-preview-h">{t('dataPreviewHeading', state.fileName)}</h3>
      <p className="muted small" style={{ margin: 0 }}>
        {t(backup.schemaVersion < 4 ? 'dataPreviewMadeOnOlder' : 'dataPreviewMadeOn', new Date(backup.exportedAt).toLocaleString(uiLocale()))}
      </p>
      <div className="row" role="radiogroup" aria-label={t('dataImportModeLabel')}>
        <label className="row" style={{ fontWeight: 400 }}>
          <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => onMode('merge')} data-testid="mode-merge" />
          {t('dataModeMerge')}
        </label>
        <label className="row" style={{ fontWeight: 400 }}>
          <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => onMode('replace')} data-testid="mode-replace" />
          {t('dataModeReplace')}
        </label>
      </div>
      <table className="counts">
        <thead>
          <tr>
            <th scope="col">{t('dataColWhat')}</th>
            <th scope="col" className="num">{t('dataColAdd')}</th>
            <th scope="col" className="num">{t('dataColUpdate')}</th>
            <th scope="col" className="num">{t('dataColUnchanged')}</th>
            <th scope="col" className="num">{t(mode === 'merge' ? 'dataColKeptNewer' : 'dataColDelete')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, c]) => (
            <tr key={name} data-table={name}>
              <td>{tableLabel(name)}</td>
              <td className="num">{c.add}</td>
              <td className="num">{c.update}</td>
              <td className="num">{c.unchanged}</td>
              <td className="num">{mode === 'merge' ? c.keepNewer : c.delete}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small" style={{ margin: 0 }}>
        {preview.settings === 'restore' ? t('dataSettingsRestore') : preview.settings === 'keep' ? t('dataSettingsKeep') : ''}
      </p>
      <div className="row">
        <button type="button" className={mode === 'replace' ? 'btn primary danger' : 'btn primary'} onClick={onConfirm} disabled={noChanges(preview)} data-testid="confirm-import">
          {t(noChanges(preview) ? 'dataNothingToChange' : mode === 'replace' ? 'dataReplaceMine' : 'dataMergeMine')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('appCancel')}
        </button>
      </div>
    </div>
  );
}

function ProgressLine({ label, progress }: { label: string; progress: Progress | null }) {
  return (
    <div className="stack" style={{ gap: 2, flex: 1 }} aria-live="polite">
      <progress className="progress" max={progress?.total || 1} value={progress?.done ?? 0} aria-label={label} />
      <span className="muted small">
        {progress?.total ? t('dataProgress', label, formatNumber(progress.done), formatNumber(progress.total)) : t('dataProgressStarting', label)}
      </span>
    </div>
  );
}

function summary(result: ImportPreview): string {
  const total = (k: 'add' | 'update' | 'delete') => formatNumber(Object.values(result.tables).reduce((n, c) => n + c[k], 0));
  return result.mode === 'replace' ? t('dataImportedReplace', total('add'), total('update'), total('delete')) : t('dataImportedMerge', total('add'), total('update'));
}
