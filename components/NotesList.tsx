import { useNotes } from './hooks/use-data';
import { deleteNote } from '@/storage/notes';
import { formatWhen } from './format';
import { t } from './i18n';

export function NotesList({ candidateKey }: { candidateKey: string }) {
  const notes = useNotes(candidateKey);
  if (notes === undefined) return <p className="muted small">{t('appNotesLoading')}</p>;
  if (notes.length === 0) return <p className="muted small" data-testid="notes-empty">{t('appNotesEmpty')}</p>;
  return (
    <ul className="list" data-testid="notes" aria-label={t('appNotesHeading')}>
      {notes.map((n) => (
        <li key={n.id} className="stack" style={{ gap: 2 }}>
          <div className="note-text" data-testid="note-text">{n.text}</div>
          <div className="row spread small muted">
            <time dateTime={n.createdAt}>{formatWhen(n.createdAt)}</time>
            <button type="button" className="btn link small" onClick={() => void deleteNote(n.id)} aria-label={t('appNoteDeleteLabel')}>
              {t('appNoteDelete')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
