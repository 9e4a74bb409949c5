import { describeClock, momentum, type MomentumTargets } from '@/domain/momentum';
import type { Debrief } from '@/domain/debrief';

const SHORT_LABELS = { clientDebrief: 'Client debrief', candidateFeedback: 'Feedback', newPlan: 'New plan' } as const;

/**
 * The three milestones, each counted from the interview itself: done, due in,
 * or overdue by. Speed after a bad interview is what wins the search back.
 */
export function MomentumClock({ debrief, now, targets }: { debrief: Debrief; now: Date; targets: Partial<MomentumTargets> }) {
  const clock = momentum(debrief, now, targets);
  return (
    <ul className="clock" aria-label="Momentum clock" data-testid="momentum-clock">
      {clock.milestones.map((m) => (
        <li key={m.id} className={m.state} title={`${m.label}: target ${m.targetHours} h after the interview`}>
          <strong>{m.state === 'done' ? '✓ ' : m.state === 'overdue' ? '! ' : ''}{SHORT_LABELS[m.id]}</strong>
          <span>{describeClock(m)}</span>
        </li>
      ))}
    </ul>
  );
}

/** One line for lists: the most urgent open milestone, or that all are done. */
export function MomentumLine({ debrief, now, targets }: { debrief: Debrief; now: Date; targets: Partial<MomentumTargets> }) {
  if (debrief.status === 'closed') return null;
  const clock = momentum(debrief, now, targets);
  if (clock.allDone) return <span className="clock-inline">All milestones done</span>;
  const next = clock.nextDue!;
  return (
    <span className={`clock-inline${next.state === 'overdue' ? ' overdue' : ''}`} data-testid="momentum-line">
      {SHORT_LABELS[next.id]} {describeClock(next)}
      {clock.overdueCount > 1 ? ` (+${clock.overdueCount - 1} overdue)` : ''}
    </span>
  );
}
