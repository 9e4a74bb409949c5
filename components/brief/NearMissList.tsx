import { useId } from 'react';
import { t } from '../i18n';
import { CandidateFitLine } from './CandidateFitLine';
import { useNearMisses } from './use-briefs';

/**
 * Redeployment, seen from the brief: candidates who narrowly missed another
 * role, are marked ready for their next one, and meet must-haves of this
 * brief. The fastest credible names for a fresh shortlist.
 */
export function NearMissList({ briefId, version }: { briefId: string; version: number | undefined }) {
  const id = useId();
  const nearMisses = useNearMisses(briefId, version);
  return (
    <section className="card stack" aria-labelledby={`${id}-h`} data-testid="near-misses">
      <h2 id={`${id}-h`}>{t('briefNearMissHeading')}</h2>
      {nearMisses === undefined ? (
        <p className="small muted" aria-busy="true">{t('briefNearMissLoading')}</p>
      ) : nearMisses.length === 0 ? (
        <p className="small muted">{t('briefNearMissNone')}</p>
      ) : (
        <ul className="list">
          {nearMisses.map((c) => (
            <li key={c.key} data-testid="near-miss" data-key={c.key}><CandidateFitLine candidate={c} /></li>
          ))}
        </ul>
      )}
    </section>
  );
}
