import { useState } from 'react';
import { useDebriefs } from './hooks/use-data';
import { formatWhen } from './format';
import { OUTCOMES } from '@/domain/debrief';
import { startDebrief } from '@/storage/debriefs';
import type { CandidateRecord } from '@/storage/types';
import { useAppStore } from '@/stores/app-store';

/** The candidate's debriefs, newest first, and the way into a new one. */
export function DebriefsCard({ candidate }: { candidate: CandidateRecord; mode: 'popup' | 'sidepanel' }) {
  const debriefs = useDebriefs(candidate.key);
  const openDebrief = useAppStore((s) => s.openDebrief);
  const [error, setError] = useState('');

  const start = async () => {
    try {
      const d = await startDebrief(candidate);
      openDebrief(d.id);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not start the debrief.');
    }
  };

  return (
    <section className="card stack" aria-labelledby="debriefs-h">
      <div className="row spread">
        <h2 id="debriefs-h">Debriefs</h2>
        <button type="button" className="btn primary" onClick={() => void start()} data-testid="start-debrief">
          Start debrief
        </button>
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
          {debriefs.map((d) => (
            <li key={d.id}>
              <button type="button" className="btn link clip" onClick={() => openDebrief(d.id)} style={{ textAlign: 'left' }}>
                {[d.roleTitle || 'Untitled role', d.clientCompany].filter(Boolean).join(' · ')}
              </button>
              <div className="row small muted">
                <span>Interview {formatWhen(d.interviewAt)}</span>
                <span className={d.status === 'open' ? 'pill' : 'pill'}>{d.status === 'open' ? 'Open' : 'Closed'}</span>
                <span>{OUTCOMES[d.outcome]}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
