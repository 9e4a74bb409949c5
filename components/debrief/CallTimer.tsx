import { useEffect, useState } from 'react';
import { callElapsedMs } from '@/stores/debrief-slice';
import { useAppStore } from '@/stores/app-store';
import { t, tCount } from '../i18n';

function mmss(ms: number): string {
  const total = Math.floor(ms / 1000);
  const minutes = Math.floor(total / 60);
  return `${String(minutes).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * How long the client call has run. The visible mm:ss is a silent timer;
 * screen readers hear at most one update a minute through a polite live
 * region, so the count never talks over the call.
 */
export function CallTimer() {
  const timer = useAppStore((s) => s.callTimer);
  const start = useAppStore((s) => s.startCallTimer);
  const pause = useAppStore((s) => s.pauseCallTimer);
  const reset = useAppStore((s) => s.resetCallTimer);
  const [now, setNow] = useState(() => Date.now());
  const running = timer.startedAt !== null;

  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, [running]);

  const elapsed = callElapsedMs(timer, running ? now : 0);
  const minutes = Math.floor(elapsed / 60_000);
  return (
    <div className="row" data-testid="call-timer">
      <span className="small muted">{t('debriefCallLabel')}</span>
      <span className="timer" role="timer" aria-label={t('debriefCallTime')} data-testid="call-time">{mmss(elapsed)}</span>
      <span className="visually-hidden" aria-live="polite">{minutes > 0 ? tCount('debriefCallMinutesOne', 'debriefCallMinutesOther', minutes) : ''}</span>
      {running ? (
        <button type="button" className="btn small" onClick={() => pause(Date.now())}>{t('debriefCallPause')}</button>
      ) : (
        <button type="button" className="btn small primary" onClick={() => { const at = Date.now(); setNow(at); start(at); }} data-testid="call-start">
          {elapsed > 0 ? t('debriefCallResume') : t('debriefCallStart')}
        </button>
      )}
      <button type="button" className="btn small" onClick={reset} disabled={elapsed === 0 && !running}>{t('debriefCallReset')}</button>
    </div>
  );
}
