import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { exportedTables } from '@/storage/backup';
import { formatNumber, t } from '../i18n';
import { formatBytes } from './download';
import { tableLabel } from './table-labels';

/** What is stored: records per table (live) and the space the browser says is used. */
export function StorageUsage() {
  const counts = useLiveQuery(async () => Promise.all(exportedTables().map(async (table) => [table.name, await table.count()] as const)), []);
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  useEffect(() => {
    void navigator.storage?.estimate?.().then(setEstimate).catch(() => setEstimate(null));
  }, [counts]);

  return (
    <div className="stack">
      <p className="muted small" style={{ margin: 0 }} data-testid="storage-used">
        {estimate?.usage === undefined
          ? t('dataStorageUnknown')
          : estimate.quota
            ? t('dataStorageUsedWithQuota', formatBytes(estimate.usage), formatBytes(estimate.quota))
            : t('dataStorageUsed', formatBytes(estimate.usage))}
      </p>
      <table className="counts" data-testid="table-counts">
        <caption className="visually-hidden">{t('dataRecordsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dataColWhat')}</th>
            <th scope="col" className="num">{t('dataColRecords')}</th>
          </tr>
        </thead>
        <tbody>
          {(counts ?? []).map(([name, n]) => (
            <tr key={name} data-table={name}>
              <td>{tableLabel(name)}</td>
              <td className="num">{formatNumber(n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
