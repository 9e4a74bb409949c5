import { useId, useState } from 'react';
import { reasonProblem } from '@/domain/brief-input';
import type { SaveMessage } from './use-save-revision';

interface Props {
  nextVersion: number;
  reason: string;
  dirty: boolean;
  busy: boolean;
  message: SaveMessage | null;
  onReason(reason: string): void;
  onSave(): void;
  onDiscard(): void;
}

/**
 * Saving is explicit and needs a reason: the version history is the story
 * of the search ("why did we add accessibility?"), told in the recruiter's
 * words. Edits are kept as a draft meanwhile, so nothing is lost by waiting.
 */
export function SaveVersionBar({ nextVersion, reason, dirty, busy, message, onReason, onSave, onDiscard }: Props) {
  const id = useId();
  const [tried, setTried] = useState(false);
  const problem = tried ? reasonProblem(reason) : null;
  const save = () => {
    setTried(true);
    if (!reasonProblem(reason)) onSave();
  };
  return (
    <section className="card stack savebar" aria-labelledby={`${id}-h`} data-testid="save-bar">
      <div className="row spread wrap">
        <h2 id={`${id}-h`}>Save as version {nextVersion}</h2>
        <span className="hint" data-testid="draft-state">{dirty ? 'Unsaved edits, kept as a draft on this computer' : 'No unsaved edits'}</span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Why did the brief change? (required)</label>
        <textarea id={`${id}-reason`} rows={2} dir="auto" value={reason} data-testid="revision-reason" aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined} placeholder="e.g. After the interview the client wants proven accessibility work"
          onChange={(e) => onReason(e.target.value)} />
        {problem && <p id={`${id}-problem`} className="error">{problem}</p>}
      </div>
      <div className="row wrap">
        <button type="button" className="btn primary" onClick={save} disabled={busy || !dirty} data-testid="save-version">
          {busy ? 'Saving…' : `Save as version ${nextVersion}`}
        </button>
        {dirty && <button type="button" className="btn" onClick={onDiscard} data-testid="discard-edits">Discard edits</button>}
      </div>
      <div aria-live="polite" data-testid="save-message">
        {message && <p className={message.tone === 'error' ? 'error' : 'ok-text'} role={message.tone === 'error' ? 'alert' : undefined}>{message.text}</p>}
      </div>
    </section>
  );
}
