import { useEffect } from 'react';
import { useAppStore } from '@/stores/app-store';
import { t } from '../i18n';

const NOTICE_MS = 4_000;

/** "Copied", or why something failed. The live region is always in the page, so it is announced. */
export function NoticeBar() {
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissNotice);
  useEffect(() => {
    if (!notice || notice.tone === 'error') return;
    const timer = setTimeout(dismiss, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  return (
    <div className="notice" aria-live="polite" role="status" data-testid="notice">
      {notice && (
        <div className={notice.tone === 'error' ? 'error-notice' : undefined}>
          <span>{notice.text}</span>
          <button type="button" onClick={dismiss} aria-label={t('debriefNoticeDismiss')}>×</button>
        </div>
      )}
    </div>
  );
}
