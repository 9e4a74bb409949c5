/**
 * Which frame of a tab draws the panel. ATS shells (Bullhorn Novo) show a
 * record inside an iframe, and both the shell and the record's frame may
 * recognise the same candidate: only one of them may draw, or the recruiter
 * sees two panels. Pure, so the rule is tested without a browser.
 *
 * The rule: a frame that read the name beats one that only has the id (its
 * "who is this?" prompt would be noise), and the record's own frame beats the
 * top-level shell (it is the frame that actually shows the candidate). Frames
 * showing different candidates never affect each other.
 */
export interface FrameReport {
  frameId: number;
  candidateKey: string;
  /** The frame read a name (false: it only knows the id and asks "who is this?"). */
  named: boolean;
}

export function frameRank(report: FrameReport): number {
  return (report.named ? 2 : 0) + (report.frameId !== 0 ? 1 : 0);
}

/** Frames that outrank `me` for the same candidate: `me` yields to them. */
export function outrankingFrames(me: FrameReport, reports: readonly FrameReport[]): FrameReport[] {
  return reports.filter((r) => r.frameId !== me.frameId && r.candidateKey === me.candidateKey && frameRank(r) > frameRank(me));
}

/**
 * After `next` replaced `previous` for one frame (null: the frame left its
 * candidate), the frames whose choice may have flipped: lower-ranked frames
 * of the new candidate (they must now yield) and of the previous one (they
 * may now draw). Re-reporting an unchanged state flips nothing, which is what
 * keeps refreshes from bouncing between frames.
 */
export function framesToRefresh(previous: FrameReport | null, next: FrameReport | null, reports: readonly FrameReport[]): number[] {
  if (previous && next && previous.candidateKey === next.candidateKey && previous.named === next.named) return [];
  const changed = [previous, next].filter((r): r is FrameReport => r !== null);
  const ids = new Set<number>();
  for (const report of reports) {
    for (const mover of changed) {
      if (report.frameId !== mover.frameId && report.candidateKey === mover.candidateKey && frameRank(report) < frameRank(mover)) {
        ids.add(report.frameId);
      }
    }
  }
  return [...ids];
}

/** Replace (or drop, with `next` null) one frame's report. */
export function withReport<R extends FrameReport>(reports: readonly R[], frameId: number, next: R | null): R[] {
  const others = reports.filter((r) => r.frameId !== frameId);
  return next ? [...others, next] : others;
}
