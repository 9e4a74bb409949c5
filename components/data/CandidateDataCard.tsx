import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/storage/db';
import { eraseCandidate, type EraseReport } from '@/storage/erase';
import { subjectAccessFiles } from '@/storage/subject-access';
import { displayName, type CandidateRecord } from '@/storage/types';
import { fold } from '@/domain/search/tokens';
import { t, tCount } from '../i18n';
import { downloadBlob } from './download';
import { errorText } from '../error-text';

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
      setMessage({ text: errorText(e, t('dataExportFailed')), error: true });
    }
  };

  const erase = async () => {
    if (!chosen) return;
    try {
      const report = await eraseCandidate(chosen.key);
      setMessage({ text: erasedText(displayName(chosen), report) });
      setChosen(null);
      setQuery('');
    } catch (e) {
      setMessage({ text: t('dataNothingErased', errorText(e, t('dataEraseFailedReason'))), error: true });
    } finally {
      setConfirming(false);
    }
  };

  return (
    <div className="stack">
      <h3>{t('dataCandidateHeading')}</h3>
      <p className="muted small" style={{ margin: 0 }}>
        {t('dataCandidateIntro')}
      </p>
      <div className="field">
        <label htmlFor="candidate-find">{t('dataFindLabel')}</label>
        <input id="candidate-find" type="search" value={query} placeholder={t('dataFindPlaceholder')} autoComplete="off" data-testid="candidate-find" onChange={(e) => { setQuery(e.target.value); setChosen(null); setConfirming(false); }} />
      </div>
      {!chosen && matches && matches.length > 0 && (
        <ul className="list" aria-label={t('dataMatchesLabel')}>
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
      {!chosen && query.trim().length >= 2 && matches?.length === 0 && <p className="muted small">{t('dataNoMatch')}</p>}
      {chosen && (
        <div className="card stack" aria-label={t('dataAboutLabel', displayName(chosen))}>
          <strong className="clip" data-testid="chosen-candidate">{displayName(chosen)}</strong>
          <div className="row">
            <button type="button" className="btn" onClick={() => void exportAs('md')} data-testid="export-candidate-md">
              {t('dataExportMarkdown')}
            </button>
            <button type="button" className="btn" onClick={() => void exportAs('json')} data-testid="export-candidate-json">
              {t('dataExportJson')}
            </button>
          </div>
          {!confirming ? (
            <button type="button" className="btn danger" onClick={() => setConfirming(true)} data-testid="erase-candidate">
              {t('dataEraseCandidate', displayName(chosen))}
            </button>
          ) : (
            <div className="stack" role="alertdialog" aria-labelledby="erase-one-h">
              <p id="erase-one-h" className="small" style={{ margin: 0 }}>
                {t('dataEraseCandidateConfirm', displayName(chosen))}
              </p>
              <div className="row">
                <button type="button" className="btn primary danger" onClick={() => void erase()} data-testid="confirm-erase-candidate" autoFocus>
                  {t('dataEraseForGood')}
                </button>
                <button type="button" className="btn" onClick={() => setConfirming(false)}>
                  {t('dataKeep')}
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

function erasedText(name: string, r: EraseReport): string {
  return t(
    'dataErased',
    name,
    tCount('dataCountNotesOne', 'dataCountNotesOther', r.notes),
    tCount('dataCountDebriefsOne', 'dataCountDebriefsOther', r.debriefs),
    tCount('dataCountDraftsOne', 'dataCountDraftsOther', r.drafts + r.writeAheads),
    tCount('dataCountShortlistOne', 'dataCountShortlistOther', r.plans),
  );
}
