import { useId, useState } from 'react';
import type { BriefVersion } from '@/domain/brief';
import { restoreBriefVersion } from '@/storage/briefs';
import { VersionDiff } from './VersionDiff';
import { VersionSourceLine } from './VersionSourceLine';
import { formatStamp } from './brief-text';
import { t } from '../i18n';
import { errorText } from '../error-text';

/**
 * Every version, newest first, with why it changed. Any two can be compared;
 * any earlier one restored — as a new version, so the one it undoes stays on
 * record.
 */
export function VersionHistory({ briefId, history }: { briefId: string; history: readonly BriefVersion[] }) {
  const id = useId();
  const newest = history.at(-1)?.version ?? 1;
  const [pair, setPair] = useState<[number, number] | null>(null);
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'error' } | null>(null);
  const [a, b] = pair ?? [Math.max(1, newest - 1), newest];

  const restore = async (n: number) => {
    setMessage(null);
    try {
      const version = await restoreBriefVersion(briefId, n);
      setMessage({ tone: 'ok', text: t('briefRestored', n, version.version) });
      setPair([n, version.version]);
    } catch (error) {
      setMessage({ tone: 'error', text: errorText(error, t('briefRestoreFailed')) });
    }
  };

  return (
    <div className="stack-lg">
      {history.length > 1 && <VersionDiff history={history} a={a} b={b} onPick={(x, y) => setPair([x, y])} />}
      <section className="card stack" aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`}>{t('briefHistoryHeading', history.length)}</h2>
        <div aria-live="polite" data-testid="restore-message">
          {message && <p className={message.tone === 'error' ? 'error' : 'ok-text'}>{message.text}</p>}
        </div>
        <ol className="list versions" reversed data-testid="versions">
          {[...history].reverse().map((v) => (
            <li key={v.version} className="stack tight" data-testid="version" data-version={v.version}>
              <div className="row spread wrap">
                <strong>{t('briefVersionN', v.version)}{v.version === newest && <span className="pill">{t('briefCurrentPill')}</span>}</strong>
                <span className="small muted">{formatStamp(v.createdAt)}</span>
              </div>
              <p className="reason" dir="auto" data-testid="version-reason">{v.reason}</p>
              <VersionSourceLine version={v} />
              <div className="row wrap">
                {v.version > 1 && (
                  <button type="button" className="btn small" data-testid="compare-previous"
                    onClick={() => {
                      setPair([v.version - 1, v.version]);
                      // The comparison is drawn above the list: take the recruiter to it.
                      document.querySelector('[data-testid="version-diff"]')?.scrollIntoView({ block: 'start' });
                    }}>
                    {t('briefCompareWith', v.version - 1)}
                  </button>
                )}
                {v.version !== newest && (
                  <button type="button" className="btn small" onClick={() => void restore(v.version)} data-testid="restore-version">
                    {t('briefRestoreAs', newest + 1)}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
