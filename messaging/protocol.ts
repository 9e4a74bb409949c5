import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CandidatePage } from '@/domain/candidate';

/** What the in-page panel may know about a candidate: counts, never note text. */
export interface PanelStatus {
  candidateKey: string;
  /** Name as the recruiter corrected it, when they did. */
  displayName: string;
  openDebriefs: number;
  totalDebriefs: number;
  overdueSteps: number;
  /** In-page panel switched off for this site by the recruiter. */
  panelEnabled: boolean;
  /** Job as corrected by the recruiter, else as the page showed it ('' when none). */
  jobTitle: string;
  /**
   * Another frame of the tab shows this candidate and draws the panel (the
   * record's own frame inside an ATS shell): this frame draws nothing.
   */
  otherFrameShows: boolean;
}

/** What the recruiter typed in the panel's "Not right?" / "Who is this?" form. */
export interface CandidateCorrection {
  candidateKey: string;
  name: string;
  jobTitle: string;
}

export interface CandidatePeek {
  status: PanelStatus;
  /** The recruiter corrected the name: it wins over whatever the page shows. */
  corrected: boolean;
}

/** Which candidate a frame's content script holds right now (the background asks before yielding to it). */
export interface FrameShowing {
  candidateKey: string | null;
}

/**
 * The one protocol between content scripts and the extension (architecture
 * rule 7). Keys are `area.verb`; payloads are domain types. Every handler in
 * the background checks the sender and validates the payload.
 */
export interface ProtocolMap {
  /** Content → background: this tab shows this candidate. */
  'page.candidateFound'(page: CandidatePage): PanelStatus;
  /** Content (LinkedIn's URL watch) → background: this frame may show a candidate, inject the full content script. */
  'page.startContentScript'(): void;
  /** Content → background: this tab no longer shows a candidate. */
  'page.candidateCleared'(): void;
  /** Content → background: the recruiter pressed the panel's button. */
  'panel.openSidePanel'(data: { candidateKey: string }): void;
  /** Extension page → content: data about the shown candidate changed, ask again. */
  'panel.refresh'(): void;
  /** Content → background: the recruiter corrected the shown candidate's name/job in the panel. */
  'candidate.correct'(data: CandidateCorrection): PanelStatus;
  /**
   * Content → background, while the page has not shown a name yet: what
   * would the panel show for this id? Read-only. A known candidate is drawn
   * at once, and once the page shows the name the panel draws it without
   * waiting for the report's round trip.
   */
  'candidate.peek'(data: { site: string; externalId: string }): CandidatePeek;
  /** Background → one frame: which candidate do you hold? (liveness check before another frame yields to it) */
  'frame.showing'(): FrameShowing;
  /** Extension page → background: debriefs of this tab's candidate changed, recompute its badge. */
  'badge.refresh'(data: { tabId: number }): void;
}

export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messenger;
