import { t } from '../i18n';
import { StorageAlert } from '../StorageAlert';
import { BackupCard } from './BackupCard';
import { CandidateDataCard } from './CandidateDataCard';
import { EraseEverythingCard } from './EraseEverythingCard';
import { RetentionCard } from './RetentionCard';
import { StorageUsage } from './StorageUsage';

/** Settings → "Your data": what is stored, backup and restore, one candidate's data, retention, erase. */
export function DataSection() {
  return (
    <section className="card stack" aria-labelledby="your-data-h" data-testid="your-data">
      <h2 id="your-data-h">{t('dataHeading')}</h2>
      <p className="muted small" style={{ margin: 0 }}>
        {t('dataIntro')}
      </p>
      <StorageAlert />
      <div className="data-block">
        <StorageUsage />
      </div>
      <div className="data-block">
        <BackupCard />
      </div>
      <div className="data-block">
        <CandidateDataCard />
      </div>
      <div className="data-block">
        <RetentionCard />
      </div>
      <div className="data-block">
        <div className="danger-zone stack">
          <EraseEverythingCard />
        </div>
      </div>
    </section>
  );
}
