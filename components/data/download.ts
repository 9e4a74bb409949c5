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
  if (bytes < 1e6) return `${Math.max(1, Math.round(bytes / 1e3)).toLocaleString('en')} KB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
  return `${(bytes / 1e9).toLocaleString('en', { maximumFractionDigits: 1 })} GB`;
}
