import type { RankedCandidate } from '@/domain/brief';
import { t } from '../i18n';

/** "Mei Lin — Senior Product Designer · meets 2 of 3 must-haves", with the near-miss pill. */
export function CandidateFitLine({ candidate }: { candidate: RankedCandidate }) {
  const total = candidate.matched.length + candidate.partial.length + candidate.missing.length;
  return (
    <div className="stack tight fit-line">
      <span className="row wrap tight-row">
        <strong dir="auto">{candidate.name}</strong>
        {candidate.ready && <span className="pill ready" data-testid="ready-pill">{t('briefReadyPill')}</span>}
        {candidate.lastDebriefRole && <span className="pill subtle" dir="auto">{t('briefFitFromRole', candidate.lastDebriefRole)}</span>}
      </span>
      <span className="small muted clip" dir="auto">{candidate.headline}</span>
      {total > 0 && (
        <span className="small">
          {candidate.partial.length > 0
            ? t('briefFitMeetsPartly', candidate.matched.length, total, candidate.partial.length)
            : t('briefFitMeets', candidate.matched.length, total)}
          {candidate.missing.length > 0 && <span className="muted"> · {t('briefFitNotShown', candidate.missing.join(', '))}</span>}
        </span>
      )}
    </div>
  );
}
