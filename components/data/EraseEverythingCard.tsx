import { useState } from 'react';
import { eraseEverything } from '@/storage/erase';
import { t } from '../i18n';
import { errorText } from '../error-text';

/** Wipe everything: typed confirmation, because there is no undo (export a backup first). */
export function EraseEverythingCard() {
  const [typed, setTyped] = useState('');
  const [state, setState] = useState<{ text: string; error?: boolean } | null>(null);
  const word = t('dataEraseAllWord');
  const ready = typed.trim() === word;

  const run = async () => {
    try {
      await eraseEverything();
      setTyped('');
      setState({ text: t('dataErasedAll') });
    } catch (e) {
      setState({ text: t('dataNothingErased', errorText(e, t('dataEraseFailedReason'))), error: true });
    }
  };

  return (
    <div className="stack">
      <h3>{t('dataEraseAll')}</h3>
      <p className="muted small" style={{ margin: 0 }}>
        {t('dataEraseAllIntro')}
      </p>
      <div className="field">
        <label htmlFor="erase-all-confirm">{t('dataEraseAllTypeLabel', word)}</label>
        <input id="erase-all-confirm" type="text" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} data-testid="erase-all-confirm" aria-describedby="erase-all-help" />
        <span id="erase-all-help" className="visually-hidden">{t('dataEraseAllHelp')}</span>
      </div>
      <div>
        <button type="button" className="btn primary danger" disabled={!ready} onClick={() => void run()} data-testid="erase-all">
          {t('dataEraseAll')}
        </button>
      </div>
      {state && (
        <p className={state.error ? 'error' : 'small'} role={state.error ? 'alert' : 'status'} data-testid="erase-all-message">
          {state.text}
        </p>
      )}
    </div>
  );
}
