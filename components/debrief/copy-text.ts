import { useAppStore } from '@/stores/app-store';
import { t, type MessageKey } from '../i18n';

/** What can be copied, and what the notice says afterwards. */
const NOTICES = {
  summaryText: { copied: 'debriefCopiedSummaryText', failed: 'debriefCopyFailedSummaryText' },
  summaryMarkdown: { copied: 'debriefCopiedSummaryMarkdown', failed: 'debriefCopyFailedSummaryMarkdown' },
  message: { copied: 'debriefCopiedMessage', failed: 'debriefCopyFailedMessage' },
} as const satisfies Record<string, { copied: MessageKey; failed: MessageKey }>;

export type CopyWhat = keyof typeof NOTICES;

/** Copy to the clipboard and say so (or say why not) in the view's notice. */
export async function copyText(text: string, what: CopyWhat): Promise<boolean> {
  const { notify } = useAppStore.getState();
  try {
    await navigator.clipboard.writeText(text);
    notify(t(NOTICES[what].copied));
    return true;
  } catch {
    notify(t(NOTICES[what].failed), 'error');
    return false;
  }
}
