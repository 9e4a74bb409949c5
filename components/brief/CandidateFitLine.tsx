import type { RankedCandidate } from '@/domain/brief';

/** "Mei Lin — Senior Product Designer · meets 2 of 3 must-haves", with the near-miss pill. */
export function CandidateFitLine({ candidate }: { candidate: RankedCandidate }) {
  const total = candidate.matched.length + candidate.partial.length + candidate.missing.length;
  return (
    <div className="stack tight fit-line">
      <span className="row wrap tight-row">
        <strong dir="auto">{candidate.name}</strong>
        {candidate.ready && <span className="pill ready" data-testid="ready-pill">Ready for next role</span>}
        {candidate.lastDebriefRole && <span className="pill subtle" dir="auto">From {candidate.lastDebriefRole}</span>}
      </span>
      <span className="small muted clip" dir="auto">{candidate.headline}</span>
      {total > 0 && (
        <span className="small">
          Meets {candidate.matched.length} of {total} must-haves{candidate.partial.length > 0 && `, ${candidate.partial.length} partly`}
          {candidate.missing.length > 0 && <span className="muted"> · not shown: {candidate.missing.join(', ')}</span>}
        </span>
      )}
    </div>
  );
}
