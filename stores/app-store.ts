import { create } from 'zustand';
import { createNoticeSlice, type NoticeSlice } from './notice-slice';
import { createViewSlice, type ViewSlice } from './view-slice';
import { createDebriefSlice, type DebriefSlice } from './debrief-slice';

export type AppState = ViewSlice & NoticeSlice & DebriefSlice;

/**
 * Each extension page (popup, side panel, options) is its own JS realm, so
 * each gets its own instance of this store when it loads this module.
 */
export const useAppStore = create<AppState>()((...a) => ({
  ...createViewSlice(...a),
  ...createNoticeSlice(...a),
  ...createDebriefSlice(...a),
}));
