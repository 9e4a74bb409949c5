import type { Debrief } from '@/domain/debrief';
import { CAUSES } from '@/domain/diagnosis/causes';
import type { CauseScore } from '@/domain/diagnosis/engine';
import { setCauseConfirmed } from '@/storage/debrief-edits';

/** Step 3: the recruiter's call. More than one cause may be true; the scores only advise. */
export function ConfirmStep({ debrief, ranked }: { debrief: Debrief; ranked: readonly CauseScore[] }) {
  const confirmed = new Set(debrief.confirmedCauses);
  return (
    <fieldset className="stack" data-testid="confirm-causes">
      <legend>Which causes are true?</legend>
      <p className="hint">The confirmed causes, not the scores, drive what follows: the client questions and the candidate track.</p>
      {ranked.map((score) => (
        <label key={score.cause} className="cause-choice" data-testid={`confirm-${score.cause}`}>
          <input type="checkbox" checked={confirmed.has(score.cause)}
            onChange={(e) => void setCauseConfirmed(debrief.id, score.cause, e.target.checked)} />
          <span>
            <strong>{score.label}</strong>
            <span className="hint" style={{ display: 'block' }}>{CAUSES[score.cause].description}</span>
            <span className="hint" style={{ display: 'block' }}>
              {score.evidence.filter((e) => e.weight > 0).length} answers for, {score.evidence.filter((e) => e.weight < 0).length} against
            </span>
          </span>
          <span className="small">{score.percent}%</span>
        </label>
      ))}
      {confirmed.size === 0 && <p className="small" role="status">Confirm at least one cause to unlock the client questions.</p>}
    </fieldset>
  );
}
