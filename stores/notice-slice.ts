import type { StateCreator } from 'zustand';

/** One transient message at a time ("Copied", "Saved", an error). */
export interface NoticeSlice {
  notice: { text: string; tone: 'info' | 'error' } | null;
  notify(text: string, tone?: 'info' | 'error'): void;
  dismissNotice(): void;
}

export const createNoticeSlice: StateCreator<NoticeSlice, [], [], NoticeSlice> = (set) => ({
  notice: null,
  notify: (text, tone = 'info') => set({ notice: { text, tone } }),
  dismissNotice: () => set({ notice: null }),
});
