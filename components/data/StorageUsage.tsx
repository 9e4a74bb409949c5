import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { exportedTables } from '@/storage/backup';
import { formatBytes } from './download';
import { tableLabel } from './table-labels';

/** What is stored: records per table (live) and the space the browser says is used. */
export function StorageUsage() {
  const counts = useLiveQuery(async () => Promise.all(exportedTables().map(async (t) => [t.name, await t.count()] as const)), []);
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  useEffect(() => {
    void navigator.storage?.estimate?.().then(setEstimate).catch(() => setEstimate(null));
  }, [counts]);

  return (
    <div className="stack">
      <p className="muted small" style={{ margin: 0 }} data-testid="storage-used">
        {estimate?.usage !== undefined
          ? `Using ${formatBytes(estimate.usage)} on this computer${estimate.quota ? ` (the browser allows up to ${formatBytes(estimate.quota)})` : ''}.`
          : 'Storage use is not reported by this browser.'}
      </p>
      <table className="counts" data-testid="table-counts">
        <caption className="visually-hidden">Records stored, per kind</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col" className="num">Records</th>
          </tr>
        </thead>
        <tbody>
          {(counts ?? []).map(([name, n]) => (
            <tr key={name} data-table={name}>
              <td>{tableLabel(name)}</td>
              <td className="num">{n.toLocaleString('en')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
