import { momentum, type MilestoneId, type MomentumTargets } from '@/domain/momentum';
import type { Debrief } from '@/domain/debrief';
import { formatNumber, t, type MessageKey } from '../i18n';
import { milestoneLabel } from '../insights/format';
import { clockText } from './labels';

const SHORT_LABELS: Readonly<Record<MilestoneId, MessageKey>> = {
  clientDebrief: 'debriefClockClientDebrief',
  candidateFeedback: 'debriefClockFeedback',
  newPlan: 'debriefClockNewPlan',
};

/**
 * The three milestones, each counted from the interview itself: done, due in,
 * or overdue by. Speed after a bad interview is what wins the search back.
 */
export function MomentumClock({ debrief, now, targets }: { debrief: Debrief; now: Date; targets: Partial<MomentumTargets> }) {
  const clock = momentum(debrief, now, targets);
  return (
    <ul className="clock" aria-label={t('debriefClockLabel')} data-testid="momentum-clock">
      {clock.milestones.map((m) => (
        <li key={m.id} className={m.state} title={t('debriefClockTarget', milestoneLabel(m.id), formatNumber(m.targetHours))}>
          <strong>{m.state === 'done' ? '✓ ' : m.state === 'overdue' ? '! ' : ''}{t(SHORT_LABELS[m.id])}</strong>
          <span>{clockText(m)}</span>
        </li>
      ))}
    </ul>
  );
}

/** One line for lists: the most urgent open milestone, or that all are done. */
export function MomentumLine({ debrief, now, targets }: { debrief: Debrief; now: Date; targets: Partial<MomentumTargets> }) {
  if (debrief.status === 'closed') return null;
  const clock = momentum(debrief, now, targets);
  if (clock.allDone) return <span className="clock-inline">{t('debriefAllMilestonesDone')}</span>;
  const next = clock.nextDue!;
  const name = t(SHORT_LABELS[next.id]);
  const more = clock.overdueCount - 1;
  return (
    <span className={`clock-inline${next.state === 'overdue' ? ' overdue' : ''}`} data-testid="momentum-line">
      {more > 0 ? t('debriefMomentumLineMore', name, clockText(next), formatNumber(more)) : t('debriefMomentumLine', name, clockText(next))}
    </span>
  );
}
