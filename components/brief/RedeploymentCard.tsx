import type { CandidateRecord } from '@/storage/types';
import { displayName } from '@/storage/types';
import { briefPageUrl, openExtensionTab } from './open-page';
import { useRedeployment } from './use-candidate-brief';
import { RoleAtClient } from './RoleAtClient';
import { t } from '../i18n';
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
  const name = displayName(candidate) || t('briefThisCandidate');
  return (
    <section className="card stack" aria-labelledby="redeploy-h" data-testid="redeployment">
      <div className="row spread">
        <h2 id="redeploy-h">{t('briefRedeployHeading')}</h2>
        <span className="pill ready">{t('briefReadyPill')}</span>
      </div>
      {redeployment.fits.length === 0 ? (
        <p className="small muted" style={{ margin: 0 }}>{t('briefRedeployNone', name)}</p>
      ) : (
        <ul className="list" data-testid="redeploy-fits">
          {redeployment.fits.map((fit) => {
            const total = fit.matched.length + fit.partial.length + fit.missing.length;
            return (
              <li key={fit.briefId} className="row spread" data-testid="redeploy-fit">
                <span className="stack tight">
                  <span className="clip" dir="auto"><RoleAtClient title={fit.title} client={fit.client} /></span>
                  <span className="small muted">
                    {fit.matched.length ? t('briefFitMeetsList', fit.matched.length, total, fit.matched.join(', ')) : t('briefFitMeets', fit.matched.length, total)}
                  </span>
                </span>
                <button type="button" className="btn small" onClick={() => void openExtensionTab(briefPageUrl({ brief: fit.briefId, tab: 'plan' }))}
                  aria-label={t('briefRedeployOpenLabel', fit.title || t('briefUntitledRole'), fit.client)}>
                  {t('briefRedeployOpen')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
