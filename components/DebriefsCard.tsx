import { useState } from 'react';
import { useDebriefs } from './hooks/use-data';
import { formatWhen } from './format';
import { MomentumLine } from './debrief/MomentumClock';
import { completeDebrief, useMomentumTargets } from './debrief/use-debrief';
import { useNow } from './debrief/use-now';
import { OUTCOMES } from '@/domain/debrief';
import { workflowProgress } from '@/domain/workflow';
import { startDebrief } from '@/storage/debriefs';
import type { CandidateRecord } from '@/storage/types';
import { displayName } from '@/storage/types';
import { useAppStore } from '@/stores/app-store';

/** The candidate's debriefs, newest first, each with its progress and clock, and the way into a new one. */
export function DebriefsCard({ candidate }: { candidate: CandidateRecord; mode: 'popup' | 'sidepanel' }) {
  const debriefs = useDebriefs(candidate.key);
  const openDebrief = useAppStore((s) => s.openDebrief);
  // Set when the in-page panel's "Interview went badly?" found no open debrief for this candidate.
  const prompted = useAppStore((s) => s.startPromptFor === candidate.key);
  const setStartPrompt = useAppStore((s) => s.setStartPrompt);
  const now = useNow();
  const targets = useMomentumTargets();
  const [error, setError] = useState('');

  const start = async () => {
    try {
      const d = await startDebrief(candidate);
      setStartPrompt(null);
      openDebrief(d.id);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not start the debrief.');
    }
  };

  return (
    <>
      {prompted && (
        <section className="card stack start-hero" aria-labelledby="start-hero-h" data-testid="start-prompt">
          <h2 id="start-hero-h">Interview went badly?</h2>
          <p className="small" style={{ margin: 0 }}>
            Start a debrief for <strong dir="auto">{displayName(candidate)}</strong>. First, capture the client’s words as they say them; then
            work out why it went wrong.
          </p>
          <button type="button" className="btn primary" onClick={() => void start()} data-testid="start-debrief-hero" autoFocus>
            Start debrief
          </button>
        </section>
      )}
      <section className="card stack" aria-labelledby="debriefs-h">
        <div className="row spread">
          <h2 id="debriefs-h">Debriefs</h2>
          {!prompted && (
            <button type="button" className="btn primary" onClick={() => void start()} data-testid="start-debrief">
              Start debrief
            </button>
          )}
        </div>
        {error && <p className="error" role="alert">{error}</p>}
        {debriefs === undefined ? (
          <p className="muted small">Loading…</p>
        ) : debriefs.length === 0 ? (
          <p className="muted small" data-testid="debriefs-empty">
            No debrief yet. Interview went badly? Start one: capture the client’s words first, then work out why.
          </p>
        ) : (
          <ul className="list" data-testid="debriefs">
            {debriefs.map((stored) => {
              const d = completeDebrief(stored);
              const progress = workflowProgress(d);
              return (
                <li key={d.id} className="stack" style={{ gap: 2 }}>
                  <button type="button" className="btn link clip" dir="auto" onClick={() => openDebrief(d.id)} style={{ textAlign: 'left' }} data-testid="open-debrief">
                    {[d.roleTitle || 'Untitled role', d.clientCompany].filter(Boolean).join(' · ')}
                  </button>
                  <div className="row small muted" style={{ flexWrap: 'wrap', gap: '2px 8px' }}>
                    <span>Interview {formatWhen(d.interviewAt, now) || 'date not set'}</span>
                    <span className={d.status === 'open' ? 'pill' : 'pill closed'}>{d.status === 'open' ? 'Open' : 'Closed'}</span>
                    <span>{OUTCOMES[d.outcome]}</span>
                    <span>{progress.doneCount}/{progress.total} steps</span>
                  </div>
                  <MomentumLine debrief={d} now={now} targets={targets} />
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
