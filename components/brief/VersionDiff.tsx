import { useId, useMemo, useState } from 'react';
import { diffVersions, findVersion, type BriefVersion } from '@/domain/brief';
import { t, type MessageKey } from '../i18n';
import { DiffField } from './DiffField';
import { VersionSourceLine } from './VersionSourceLine';
import { formatStamp } from './brief-text';
import { diffSummaryText } from './diff-text';

interface Props {
  history: readonly BriefVersion[];
  a: number;
  b: number;
  onPick(a: number, b: number): void;
}

/** Any two versions side by side: the newer one's reason first, then field by field. */
export function VersionDiff({ history, a, b, onPick }: Props) {
  const id = useId();
  const [showAll, setShowAll] = useState(false);
  const older = findVersion(history, Math.min(a, b));
  const newer = findVersion(history, Math.max(a, b));
  const diff = useMemo(() => (older && newer ? diffVersions(older, newer) : null), [older, newer]);
  const picker = (label: MessageKey, value: number, set: (n: number) => void, testId: string) => (
    <div className="field narrow-select">
      <label htmlFor={`${id}-${testId}`}>{t(label)}</label>
      <select id={`${id}-${testId}`} value={value} onChange={(e) => set(Number(e.target.value))} data-testid={testId}>
        {history.map((v) => <option key={v.version} value={v.version}>{t('briefVersionN', v.version)}</option>)}
      </select>
    </div>
  );
  return (
    <section className="card stack" aria-labelledby={`${id}-h`} data-testid="version-diff">
      <div className="row spread wrap">
        <h2 id={`${id}-h`}>{t('briefCompareHeading')}</h2>
        <div className="row wrap">
          {picker('briefCompareFrom', a, (n) => onPick(n, b), 'diff-from')}
          {picker('briefCompareTo', b, (n) => onPick(a, n), 'diff-to')}
        </div>
      </div>
      {!older || !newer || !diff ? (
        <p className="muted">{t('briefComparePick')}</p>
      ) : older.version === newer.version ? (
        <p className="muted">{t('briefComparePickDifferent')}</p>
      ) : (
        <>
          <div className="reason-box" data-testid="diff-reason">
            <span className="small muted">{t('briefCompareWhy', newer.version)}</span>
            <p dir="auto">{newer.reason}</p>
            <VersionSourceLine version={newer} />
          </div>
          {diff.changed.length === 0 ? (
            <p className="small" data-testid="diff-none">{t('briefCompareNone', older.version, newer.version)}</p>
          ) : (
            <ul className="small changes" aria-label={t('briefCompareSummaryLabel')} data-testid="diff-summary">
              {diffSummaryText(diff).map((line, i) => <li key={i}>{line}</li>)}
            </ul>
          )}
          <div className="diff-table" role="table" aria-label={t('briefCompareTableLabel', older.version, newer.version)}>
            <div className="diff-row head" role="row">
              <div role="columnheader">{t('briefCompareField')}</div>
              <div role="columnheader">{t('briefVersionN', older.version)} <span className="muted small">{formatStamp(older.createdAt)}</span></div>
              <div role="columnheader">{t('briefVersionN', newer.version)} <span className="muted small">{formatStamp(newer.createdAt)}</span></div>
            </div>
            {(showAll ? diff.fields : diff.changed).map((field) => <DiffField key={field.field} field={field} />)}
          </div>
          <label className="row small check">
            <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} data-testid="diff-show-all" />
            {t('briefCompareShowAll')}
          </label>
        </>
      )}
    </section>
  );
}
