import { useState } from 'react';
import { eraseEverything } from '@/storage/erase';
import { describeStorageError } from '@/storage/storage-health';

const WORD = 'ERASE';

/** Wipe everything: typed confirmation, because there is no undo (export a backup first). */
export function EraseEverythingCard() {
  const [typed, setTyped] = useState('');
  const [state, setState] = useState<{ text: string; error?: boolean } | null>(null);
  const ready = typed.trim() === WORD;

  const run = async () => {
    try {
      await eraseEverything();
      setTyped('');
      setState({ text: 'Everything was erased. Recalibrate is as freshly installed.' });
    } catch (e) {
      setState({ text: `Nothing was erased: ${describeStorageError(e, 'the erase failed.')}`, error: true });
    }
  };

  return (
    <div className="stack">
      <h3>Erase everything</h3>
      <p className="muted small" style={{ margin: 0 }}>
        Deletes every candidate, note, debrief, brief, plan, draft and setting from this browser. There is no undo: export a backup first if you may need it.
      </p>
      <div className="field">
        <label htmlFor="erase-all-confirm">Type {WORD} to confirm</label>
        <input id="erase-all-confirm" type="text" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} data-testid="erase-all-confirm" aria-describedby="erase-all-help" />
        <span id="erase-all-help" className="visually-hidden">The erase button becomes available once you type the word in capitals.</span>
      </div>
      <div>
        <button type="button" className="btn primary danger" disabled={!ready} onClick={() => void run()} data-testid="erase-all">
          Erase everything
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
