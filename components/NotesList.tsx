import { useNotes } from './hooks/use-data';
import { deleteNote } from '@/storage/notes';
import { formatWhen } from './format';

export function NotesList({ candidateKey }: { candidateKey: string }) {
  const notes = useNotes(candidateKey);
  if (notes === undefined) return <p className="muted small">Loading notes…</p>;
  if (notes.length === 0) return <p className="muted small" data-testid="notes-empty">No notes yet for this candidate.</p>;
  return (
    <ul className="list" data-testid="notes" aria-label="Notes">
      {notes.map((n) => (
        <li key={n.id} className="stack" style={{ gap: 2 }}>
          <div className="note-text" data-testid="note-text">{n.text}</div>
          <div className="row spread small muted">
            <time dateTime={n.createdAt}>{formatWhen(n.createdAt)}</time>
            <button type="button" className="btn link small" onClick={() => void deleteNote(n.id)} aria-label="Delete this note">
              Delete
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
