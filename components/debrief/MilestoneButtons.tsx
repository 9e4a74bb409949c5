import type { Debrief, Milestones } from '@/domain/debrief';
import { setMilestone } from '@/storage/debrief-edits';
import { formatWhen } from '../format';
import { t, type MessageKey } from '../i18n';

const MILESTONES: readonly { field: keyof Milestones; action: MessageKey; done: MessageKey; undo: MessageKey }[] = [
  { field: 'clientDebriefAt', action: 'debriefMilestoneClientDebriefAction', done: 'debriefMilestoneClientDebriefAction', undo: 'debriefUndoClientDebrief' },
  { field: 'candidateFeedbackAt', action: 'debriefMilestoneFeedbackAction', done: 'debriefMilestoneFeedbackDone', undo: 'debriefUndoFeedback' },
  { field: 'newPlanSentAt', action: 'debriefMilestonePlanAction', done: 'debriefMilestonePlanAction', undo: 'debriefUndoPlan' },
];

/** Stop the momentum clock for a milestone (now), or undo a click made too early. */
export function MilestoneButtons({ debrief }: { debrief: Debrief }) {
  return (
    <div className="stack" style={{ gap: 6 }} data-testid="milestones">
      <h3>{t('debriefMilestonesHeading')}</h3>
      {MILESTONES.map((m) => {
        const at = debrief.milestones[m.field];
        return at ? (
          <div key={m.field} className="row spread small">
            <span><strong>✓ {t(m.done)}</strong> <span className="muted">{formatWhen(at)}</span></span>
            <button type="button" className="btn link small" aria-label={t(m.undo)} onClick={() => void setMilestone(debrief.id, m.field, null)}>
              {t('debriefUndo')}
            </button>
          </div>
        ) : (
          <button key={m.field} type="button" className="btn" style={{ textAlign: 'left' }} data-testid={`milestone-${m.field}`}
            onClick={() => void setMilestone(debrief.id, m.field, new Date().toISOString())}>
            {t(m.action)}
          </button>
        );
      })}
    </div>
  );
}
