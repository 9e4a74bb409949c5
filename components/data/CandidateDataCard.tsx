import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/storage/db';
import { eraseCandidate, type EraseReport } from '@/storage/erase';
import { subjectAccessFiles } from '@/storage/subject-access';
import { describeStorageError } from '@/storage/storage-health';
import { displayName, type CandidateRecord } from '@/storage/types';
import { fold } from '@/domain/search/tokens';
import { downloadBlob } from './download';

/**
 * A candidate asks what is held about them, or to be forgotten: find them,
 * export everything about them (Markdown to read, JSON to keep), or erase
 * every record that names them.
 */
export function CandidateDataCard() {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<CandidateRecord | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const matches = useLiveQuery(async () => {
    const q = fold(query.trim());
    if (q.length < 2) return [];
    const found: CandidateRecord[] = [];
    await db().candidates.each((c) => {
      if (found.length < 8 && fold(`${displayName(c)} ${c.name} ${c.headline}`).includes(q)) found.push(c);
    });
    return found;
  }, [query]);

  const exportAs = async (kind: 'md' | 'json') => {
    if (!chosen) return;
    try {
      const files = await subjectAccessFiles(chosen.key);
      downloadBlob(new Blob([kind === 'md' ? files.markdown : files.json], { type: kind === 'md' ? 'text/markdown' : 'application/json' }), `${files.baseName}.${kind}`);
    } catch (e) {
      setMessage({ text: describeStorageError(e, 'The export failed.'), error: true });
    }
  };

  const erase = async () => {
    if (!chosen) return;
    try {
      const report = await eraseCandidate(chosen.key);
      setMessage({ text: `${displayName(chosen)} was erased: ${describe(report)}.` });
      setChosen(null);
      setQuery('');
    } catch (e) {
      setMessage({ text: `Nothing was erased: ${describeStorageError(e, 'the erase failed.')}`, error: true });
    } finally {
      setConfirming(false);
    }
  };

  return (
    <div className="stack">
      <h3>One candidate’s data</h3>
      <p className="muted small" style={{ margin: 0 }}>
        When a candidate asks to see what you hold about them, or to be forgotten.
      </p>
      <div className="field">
        <label htmlFor="candidate-find">Find the candidate</label>
        <input id="candidate-find" type="search" value={query} placeholder="Name or headline" autoComplete="off" data-testid="candidate-find" onChange={(e) => { setQuery(e.target.value); setChosen(null); setConfirming(false); }} />
      </div>
      {!chosen && matches && matches.length > 0 && (
        <ul className="list" aria-label="Matching candidates">
          {matches.map((c) => (
            <li key={c.key}>
              <button type="button" className="btn link clip" data-testid="candidate-choice" onClick={() => { setChosen(c); setMessage(null); }}>
                {displayName(c)}
              </button>
              <span className="muted small"> · {c.headline}</span>
            </li>
          ))}
        </ul>
      )}
      {!chosen && query.trim().length >= 2 && matches?.length === 0 && <p className="muted small">No candidate matches.</p>}
      {chosen && (
        <div className="card stack" aria-label={`Data about ${displayName(chosen)}`}>
          <strong className="clip" data-testid="chosen-candidate">{displayName(chosen)}</strong>
          <div className="row">
            <button type="button" className="btn" onClick={() => void exportAs('md')} data-testid="export-candidate-md">
              Export as text (Markdown)
            </button>
            <button type="button" className="btn" onClick={() => void exportAs('json')} data-testid="export-candidate-json">
              Export as JSON
            </button>
          </div>
          {!confirming ? (
            <button type="button" className="btn danger" onClick={() => setConfirming(true)} data-testid="erase-candidate">
              Erase {displayName(chosen)}…
            </button>
          ) : (
            <div className="stack" role="alertdialog" aria-labelledby="erase-one-h">
              <p id="erase-one-h" className="small" style={{ margin: 0 }}>
                Erase the profile, every note, debrief, unsaved draft and shortlist entry naming {displayName(chosen)}? This cannot be undone.
              </p>
              <div className="row">
                <button type="button" className="btn primary danger" onClick={() => void erase()} data-testid="confirm-erase-candidate" autoFocus>
                  Erase for good
                </button>
                <button type="button" className="btn" onClick={() => setConfirming(false)}>
                  Keep
                </button>
              </div>
            </div>
          )}
        </div>
      )}
      {message && (
        <p className={message.error ? 'error' : 'small'} role={message.error ? 'alert' : 'status'} data-testid="candidate-data-message">
          {message.text}
        </p>
      )}
    </div>
  );
}

function describe(r: EraseReport): string {
  const parts = [
    [r.notes, 'note'],
    [r.debriefs, 'debrief'],
    [r.drafts + r.writeAheads, 'draft'],
    [r.plans, 'shortlist entry'],
  ] as const;
  return parts.map(([n, w]) => `${n} ${w}${n === 1 ? '' : w.endsWith('y') ? '' : 's'}`.replace('entrys', 'entries')).join(', ');
}
