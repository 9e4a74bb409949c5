import { useRef, useState } from 'react';
import { backupFileName, exportBackup, type Progress } from '@/storage/backup';
import { BackupError, readBackupFile, type ParsedBackup } from '@/storage/backup-file';
import { applyImport, noChanges, previewImport, type ImportMode, type ImportPreview } from '@/storage/backup-import';
import { describeStorageError, reportStorageError } from '@/storage/storage-health';
import { downloadBlob } from './download';
import { tableLabel } from './table-labels';

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
      setExportError(describeStorageError(e, 'The backup could not be made.'));
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
      setState({ step: 'failed', message: e instanceof BackupError ? `${file.name} was not imported. ${e.message}` : describeStorageError(e, 'The file could not be read.') });
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
      setState({ step: 'failed', message: `Nothing was changed: ${describeStorageError(e, 'the import failed.')}` });
    }
  };

  return (
    <div className="stack">
      <h3>Backup</h3>
      <p className="muted small" style={{ margin: 0 }}>
        One file with everything: candidates, notes, debriefs, briefs, plans, drafts and settings. Keep it somewhere safe: it holds personal data.
      </p>
      <div className="row">
        <button type="button" className="btn primary" onClick={() => void runExport()} disabled={!!exporting} data-testid="export-backup">
          Export backup
        </button>
        {exporting && <ProgressLine label="Exporting" progress={exporting} />}
      </div>
      {exportError && <p className="error" role="alert">{exportError}</p>}

      <div className="field">
        <label htmlFor="import-file">Import a backup</label>
        <input id="import-file" ref={fileInput} type="file" accept="application/json,.json" data-testid="import-file" onChange={(e) => void pick(e.target.files?.[0])} disabled={state.step === 'importing' || state.step === 'reading'} />
      </div>
      {state.step === 'reading' && <p className="muted small" aria-live="polite">Checking {state.fileName}…</p>}
      {state.step === 'failed' && <p className="error" role="alert" data-testid="import-error">{state.message}</p>}
      {state.step === 'preview' && <ImportPreviewView state={state} onMode={changeMode} onConfirm={() => void runImport()} onCancel={() => setState({ step: 'idle' })} />}
      {state.step === 'importing' && <ProgressLine label={`Importing ${state.fileName}`} progress={state.progress} />}
      {state.step === 'done' && (
        <p className="small" role="status" data-testid="import-done">
          Imported: {summary(state.result)}.
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
      <h3 id="import-preview-h">What importing {state.fileName} will do</h3>
      <p className="muted small" style={{ margin: 0 }}>
        Backup made on {new Date(backup.exportedAt).toLocaleString('en')}
        {backup.schemaVersion < 4 ? ' by an older version (its records are brought up to date as they come in)' : ''}.
      </p>
      <div className="row" role="radiogroup" aria-label="How to import">
        <label className="row" style={{ fontWeight: 400 }}>
          <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => onMode('merge')} data-testid="mode-merge" />
          Merge: add and update, keep everything else
        </label>
        <label className="row" style={{ fontWeight: 400 }}>
          <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => onMode('replace')} data-testid="mode-replace" />
          Replace: make it exactly the backup
        </label>
      </div>
      <table className="counts">
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col" className="num">Add</th>
            <th scope="col" className="num">Update</th>
            <th scope="col" className="num">Unchanged</th>
            {mode === 'merge' ? <th scope="col" className="num">Kept (newer here)</th> : <th scope="col" className="num">Delete</th>}
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
        {preview.settings === 'restore' ? 'Settings will be restored from the backup (automatic deletion, if set, must be confirmed again).' : preview.settings === 'keep' ? 'Your current settings are kept.' : ''}
      </p>
      <div className="row">
        <button type="button" className={mode === 'replace' ? 'btn primary danger' : 'btn primary'} onClick={onConfirm} disabled={noChanges(preview)} data-testid="confirm-import">
          {noChanges(preview) ? 'Nothing to change' : mode === 'replace' ? 'Replace my data' : 'Merge into my data'}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
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
        {label}
        {progress?.total ? `: ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')} records` : '…'}
      </span>
    </div>
  );
}

function summary(result: ImportPreview): string {
  const total = (k: 'add' | 'update' | 'delete') => Object.values(result.tables).reduce((n, c) => n + c[k], 0);
  return `${total('add').toLocaleString('en')} added, ${total('update').toLocaleString('en')} updated${result.mode === 'replace' ? `, ${total('delete').toLocaleString('en')} deleted` : ''}`;
}
