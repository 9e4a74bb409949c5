import type { StateCreator } from 'zustand';
import type { WorkflowStepId } from '@/domain/workflow';

/**
 * UI state of the debrief workflow: which step each debrief shows in this
 * view, and what the in-page panel asked for. Nothing here must survive the
 * view closing: the popup resumes at the next unfinished step instead.
 */
export interface DebriefSlice {
  stepByDebrief: Record<string, WorkflowStepId>;
  setStep(debriefId: string, step: WorkflowStepId): void;
  /** The panel's "Interview went badly?" for a candidate with no open debrief: offer to start one. */
  startPromptFor: string | null;
  setStartPrompt(candidateKey: string | null): void;
  /** The candidate whose open debrief this view already opened by itself (once, so "back" sticks). */
  resumedFor: string | null;
  markResumed(candidateKey: string): void;
  /** The side panel's call timer: kept here so it runs on while the recruiter moves between views. */
  callTimer: { startedAt: number | null; accumulatedMs: number };
  startCallTimer(now: number): void;
  pauseCallTimer(now: number): void;
  resetCallTimer(): void;
}

export const createDebriefSlice: StateCreator<DebriefSlice, [], [], DebriefSlice> = (set) => ({
  stepByDebrief: {},
  setStep: (debriefId, step) => set((s) => ({ stepByDebrief: { ...s.stepByDebrief, [debriefId]: step } })),
  startPromptFor: null,
  setStartPrompt: (candidateKey) => set({ startPromptFor: candidateKey }),
  resumedFor: null,
  markResumed: (candidateKey) => set({ resumedFor: candidateKey }),
  callTimer: { startedAt: null, accumulatedMs: 0 },
  startCallTimer: (now) => set((s) => (s.callTimer.startedAt !== null ? s : { callTimer: { ...s.callTimer, startedAt: now } })),
  pauseCallTimer: (now) =>
    set((s) =>
      s.callTimer.startedAt === null
        ? s
        : { callTimer: { startedAt: null, accumulatedMs: s.callTimer.accumulatedMs + (now - s.callTimer.startedAt) } },
    ),
  resetCallTimer: () => set({ callTimer: { startedAt: null, accumulatedMs: 0 } }),
});

/** Elapsed call time at `now`. */
export function callElapsedMs(timer: DebriefSlice['callTimer'], now: number): number {
  return timer.accumulatedMs + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}
