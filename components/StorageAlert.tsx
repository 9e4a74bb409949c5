import { useEffect, useState } from 'react';
import { db } from '@/storage/db';
import { storageProblemText } from './error-text';
import { t } from './i18n';
import { clearStorageProblem, installStorageHealth, watchStorageHealth, type StorageProblem } from '@/storage/storage-health';

/**
 * A banner for storage problems (disk full, database held by another
 * version), shared by popup, side panel and settings. Says what happened and
 * what to do; offers "Reload" when reloading is the fix.
 */
export function StorageAlert() {
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  useEffect(() => {
    const uninstall = installStorageHealth(db());
    const unwatch = watchStorageHealth(setProblem);
    return () => {
      uninstall();
      unwatch();
    };
  }, []);
  if (!problem) return null;
  const reloadFixes = problem.kind === 'upgraded' || problem.kind === 'closed';
  return (
    <div className="storage-alert" role="alert" data-testid="storage-alert" data-kind={problem.kind}>
      <p>{storageProblemText(problem.kind)}</p>
      <div className="row">
        {reloadFixes && (
          <button type="button" className="btn small primary" onClick={() => location.reload()}>
            {t('appReload')}
          </button>
        )}
        <button type="button" className="btn small" onClick={clearStorageProblem}>
          {t('appDismiss')}
        </button>
      </div>
    </div>
  );
}
