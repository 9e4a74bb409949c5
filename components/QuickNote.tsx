import { useRef, useState, type KeyboardEvent } from 'react';
import { useDraft } from './hooks/use-draft';
import { addNote, MAX_NOTE_LENGTH } from '@/storage/notes';
import { clearDraft, noteDraftId } from '@/storage/drafts';
import { reportStorageError } from '@/storage/storage-health';
import { formatNumber, t } from './i18n';
import { errorText } from './error-text';

/**
 * Fast note capture. Enter saves (Shift+Enter for a new line); the text is a
 * persisted draft until saved, so closing the view loses nothing.
 */
export function QuickNote({ candidateKey, debriefId, autoFocus }: { candidateKey: string; debriefId?: string; autoFocus?: boolean }) {
  const draftId = noteDraftId(debriefId ? `${candidateKey}#${debriefId}` : candidateKey);
  const { text, setText, loaded } = useDraft(draftId);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const latest = useRef(text);
  latest.current = text;

  const save = async () => {
    const saved = text;
    if (!saved.trim()) return setError(t('appNoteRequired'));
    setSaving(true);
    try {
      await addNote(candidateKey, saved, debriefId);
      // Clear only what was saved: words typed while the save was in flight stay.
      if (latest.current === saved) {
        setText('');
        await clearDraft(draftId);
      }
      setError('');
    } catch (e) {
      // Not saved: the text stays in the field and in the draft's write-ahead copy.
      reportStorageError(e);
      setError(errorText(e, t('appNoteSaveFailed')));
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void save();
    }
  };

  const over = text.length > MAX_NOTE_LENGTH;
  return (
    <div className="stack">
      <div className="field">
        <label htmlFor="quick-note">{t('appQuickNote')}</label>
        <textarea
          id="quick-note"
          data-testid="quick-note"
          value={text}
          disabled={!loaded}
          autoFocus={autoFocus}
          placeholder={t('appQuickNotePlaceholder')}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby="quick-note-help"
          aria-invalid={over || !!error}
        />
      </div>
      <div className="row spread">
        <span id="quick-note-help" className={over || error ? 'error' : 'muted small'} role={error ? 'alert' : undefined}>
          {error || (over ? t('appNoteTooLong', formatNumber(text.length), formatNumber(MAX_NOTE_LENGTH)) : text ? t('appDraftSaved') : ' ')}
        </span>
        <button type="button" className="btn primary" onClick={() => void save()} disabled={saving || !loaded || over} data-testid="save-note">
          {t('appSaveNote')}
        </button>
      </div>
    </div>
  );
}
