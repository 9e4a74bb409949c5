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
}

/**
 * The one protocol between content scripts and the extension (architecture
 * rule 7). Keys are `area.verb`; payloads are domain types. Every handler in
 * the background checks the sender and validates the payload.
 */
export interface ProtocolMap {
  /** Content → background: this tab shows this candidate. */
  'page.candidateFound'(page: CandidatePage): PanelStatus;
  /** Content → background: this tab no longer shows a candidate. */
  'page.candidateCleared'(): void;
  /** Content → background: the recruiter pressed the panel's button. */
  'panel.openSidePanel'(data: { candidateKey: string }): void;
  /** Extension page → content: data about the shown candidate changed, ask again. */
  'panel.refresh'(): void;
}

export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messenger;
