import { formatNumber, t } from '../i18n';

/**
 * Save a file the way a web page does: a Blob URL on an `<a download>`.
 * Nothing leaves the machine, and no "downloads" permission is needed.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1e6) return t('dataSizeKB', formatNumber(Math.max(1, Math.round(bytes / 1e3))));
  if (bytes < 1e9) return t('dataSizeMB', formatNumber(bytes / 1e6));
  return t('dataSizeGB', formatNumber(bytes / 1e9));
}
