import { useId } from 'react';
import { COACHING_POINTS, resolveCoachingPoint, suggestCoachingPoints } from '@/domain/coaching';
import type { Debrief } from '@/domain/debrief';
import { setCoachingPoint } from '@/storage/debrief-edits';
import { formatNumber, t, tCount } from '../i18n';
import { coachingTip, coachingTitle } from './content';
import { usePendingValue } from './use-pending-value';

function PointChoice({ debriefId, id, title, tip, chosen, why }: { debriefId: string; id: string; title: string; tip: string; chosen: boolean; why?: string }) {
  const [checked, show] = usePendingValue(chosen);
  return (
    <label className="cause-choice" style={{ gridTemplateColumns: 'auto 1fr' }} data-testid="coaching-point">
      <input type="checkbox" checked={checked}
        onChange={(e) => {
          show(e.target.checked);
          void setCoachingPoint(debriefId, id, e.target.checked);
        }} />
      <span>
        <strong dir="auto">{title}</strong>
        {tip && <span className="hint" style={{ display: 'block' }}>{tip}</span>}
        {why && <span className="hint" style={{ display: 'block' }}>{why}</span>}
      </span>
    </label>
  );
}

/** Interview-skills coaching: suggested from the client's negative feedback first, then the whole catalogue. */
export function CoachingPoints({ debrief }: { debrief: Debrief }) {
  const headingId = useId();
  const chosen = new Set(debrief.track2.coachingPoints);
  const suggested = suggestCoachingPoints(debrief.feedback);
  const suggestedIds = new Set(suggested.map((s) => s.point.id));
  const others = COACHING_POINTS.filter((p) => !suggestedIds.has(p.id));
  const own = debrief.track2.coachingPoints.filter((ref) => resolveCoachingPoint(ref).id === null);
  return (
    <section className="stack" aria-labelledby={headingId} data-testid="coaching">
      <h3 id={headingId}>{t('debriefCoachingHeading')}</h3>
      {suggested.length === 0 && <p className="hint">{t('debriefCoachingNoSuggestions')}</p>}
      {suggested.map(({ point, feedbackIds }) => (
        <PointChoice key={point.id} debriefId={debrief.id} id={point.id} title={coachingTitle(point)} tip={coachingTip(point)} chosen={chosen.has(point.id)}
          why={tCount('debriefCoachingSuggestedOne', 'debriefCoachingSuggestedOther', feedbackIds.length)} />
      ))}
      {own.map((ref) => <PointChoice key={ref} debriefId={debrief.id} id={ref} title={ref} tip="" chosen />)}
      <details>
        <summary className="small" style={{ cursor: 'pointer' }}>{t('debriefCoachingMore', formatNumber(others.length))}</summary>
        <div className="stack" style={{ marginTop: 6 }}>
          {others.map((p) => <PointChoice key={p.id} debriefId={debrief.id} id={p.id} title={coachingTitle(p)} tip={coachingTip(p)} chosen={chosen.has(p.id)} />)}
        </div>
      </details>
    </section>
  );
}
