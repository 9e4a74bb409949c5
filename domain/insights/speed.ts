import type { Debrief } from '../debrief';
import { MOMENTUM_MILESTONES, momentum, normaliseTargets, type MilestoneId, type MomentumTargets } from '../momentum';
import { median, percent, round1 } from './math';

/**
 * Speed after a bad interview: hours from the interview to each milestone,
 * against the recruiter's targets. A step still open past its target counts
 * as missed (leaving it out would flatter the slowest cases); a step never
 * done on a closed debrief is left out (it was not needed).
 */
export interface MilestoneSpeed {
  id: MilestoneId;
  targetHours: number;
  /** Steps done (with a usable interview date). */
  done: number;
  medianHours: number | null;
  /** Done within the target. */
  onTarget: number;
  /** Open steps past their target. */
  overdue: number;
  /** Open steps not yet due. */
  pending: number;
  /** onTarget ÷ (done + overdue), whole percent, or null when nothing is settled. */
  onTargetPercent: number | null;
}

const HOUR_MS = 60 * 60 * 1000;

type TimedDebrief = Pick<Debrief, 'interviewAt' | 'milestones' | 'status'>;

/** `debriefs` must already be filtered by period and client. */
export function speedInsights(debriefs: readonly TimedDebrief[], now: Date, targets: Partial<MomentumTargets> = {}): MilestoneSpeed[] {
  const clocks = debriefs
    .filter((d) => !Number.isNaN(Date.parse(d.interviewAt)))
    .map((d) => ({ status: d.status, clocks: momentum(d, now, targets).milestones }));
  const hoursTargets = normaliseTargets(targets);
  return MOMENTUM_MILESTONES.map((m, index) => {
    const all = clocks.map((c) => ({ status: c.status, clock: c.clocks[index]! }));
    const done = all.filter((x) => x.clock.state === 'done').map((x) => x.clock);
    const open = all.filter((x) => x.clock.state !== 'done' && x.status === 'open').map((x) => x.clock);
    const onTarget = done.filter((c) => c.lateByMs === 0).length;
    const overdue = open.filter((c) => c.state === 'overdue').length;
    const hours = median(done.map((c) => c.elapsedMs / HOUR_MS));
    return {
      id: m.id,
      targetHours: hoursTargets[m.target],
      done: done.length,
      medianHours: hours === null ? null : round1(hours),
      onTarget,
      overdue,
      pending: open.length - overdue,
      onTargetPercent: percent(onTarget, done.length + overdue),
    };
  });
}
