import type { CandidateRecord } from '@/storage/types';
import { displayName } from '@/storage/types';
import { briefPageUrl, openExtensionTab } from './open-page';
import { useRedeployment } from './use-candidate-brief';
import './brief-card.css';

/**
 * A candidate who missed one role often lands the next. When their latest
 * debrief marks them ready for their next role, show the open briefs they
 * fit best, so the recruiter can put them forward while the feedback is
 * fresh.
 */
export function RedeploymentCard({ candidate }: { candidate: CandidateRecord }) {
  const redeployment = useRedeployment(candidate.key);
  if (!redeployment?.ready) return null;
  const name = displayName(candidate) || 'This candidate';
  return (
    <section className="card stack" aria-labelledby="redeploy-h" data-testid="redeployment">
      <div className="row spread">
        <h2 id="redeploy-h">Next suitable role</h2>
        <span className="pill ready">Ready for next role</span>
      </div>
      {redeployment.fits.length === 0 ? (
        <p className="small muted" style={{ margin: 0 }}>{name} meets no must-have of another open brief yet.</p>
      ) : (
        <ul className="list" data-testid="redeploy-fits">
          {redeployment.fits.map((fit) => {
            const total = fit.matched.length + fit.partial.length + fit.missing.length;
            return (
              <li key={fit.briefId} className="row spread" data-testid="redeploy-fit">
                <span className="stack tight">
                  <span className="clip" dir="auto"><strong>{fit.title || 'Untitled role'}</strong>{fit.client && ` · ${fit.client}`}</span>
                  <span className="small muted">Meets {fit.matched.length} of {total} must-haves{fit.matched.length ? `: ${fit.matched.join(', ')}` : ''}</span>
                </span>
                <button type="button" className="btn small" onClick={() => void openExtensionTab(briefPageUrl({ brief: fit.briefId, tab: 'plan' }))}
                  aria-label={`Open the brief ${fit.title} at ${fit.client}`}>
                  Open
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
