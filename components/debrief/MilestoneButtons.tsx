import type { Debrief, Milestones } from '@/domain/debrief';
import { setMilestone } from '@/storage/debrief-edits';
import { formatWhen } from '../format';

const MILESTONES: readonly { field: keyof Milestones; action: string; done: string }[] = [
  { field: 'clientDebriefAt', action: 'Client debrief done', done: 'Client debrief done' },
  { field: 'candidateFeedbackAt', action: 'Feedback given to candidate', done: 'Feedback given' },
  { field: 'newPlanSentAt', action: 'New plan sent', done: 'New plan sent' },
];

/** Stop the momentum clock for a milestone (now), or undo a click made too early. */
export function MilestoneButtons({ debrief }: { debrief: Debrief }) {
  return (
    <div className="stack" style={{ gap: 6 }} data-testid="milestones">
      <h3>Milestones</h3>
      {MILESTONES.map((m) => {
        const at = debrief.milestones[m.field];
        return at ? (
          <div key={m.field} className="row spread small">
            <span><strong>✓ {m.done}</strong> <span className="muted">{formatWhen(at)}</span></span>
            <button type="button" className="btn link small" onClick={() => void setMilestone(debrief.id, m.field, null)}>
              Undo<span className="visually-hidden"> {m.done}</span>
            </button>
          </div>
        ) : (
          <button key={m.field} type="button" className="btn" style={{ textAlign: 'left' }} data-testid={`milestone-${m.field}`}
            onClick={() => void setMilestone(debrief.id, m.field, new Date().toISOString())}>
            {m.action}
          </button>
        );
      })}
    </div>
  );
}
