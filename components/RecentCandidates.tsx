import { useRecentCandidates } from './hooks/use-data';
import { displayName } from '@/storage/types';
import { siteLabelText } from './site-text';
import { t } from './i18n';

export function RecentCandidates({ onPick, exclude }: { onPick?: (key: string) => void; exclude?: string }) {
  const recent = useRecentCandidates(8)?.filter((c) => c.key !== exclude);
  if (recent === undefined) return null;
  return (
    <section className="card" aria-labelledby="recent-h">
      <h2 id="recent-h">{t('appRecentHeading')}</h2>
      {recent.length === 0 ? (
        <p className="muted small">{t('appRecentEmpty')}</p>
      ) : (
        <ul className="list" data-testid="recent">
          {recent.map((c) => (
            <li key={c.key} className="row spread">
              {onPick ? (
                <button type="button" className="btn link clip" onClick={() => onPick(c.key)}>{displayName(c)}</button>
              ) : (
                <span className="clip">{displayName(c)}</span>
              )}
              <span className="muted small">{siteLabelText(c.site, c.externalId)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
