/**
 * Run `start` once the document is parsed: at once for a script the browser
 * runs at `document_end` or later (or injects into a loaded page), else the
 * moment parsing ends. A script declared at `document_start` thus reads the
 * settings while the page downloads and looks for the candidate as soon as
 * the whole page is there, instead of waiting for the browser's own
 * `document_end` turn, which comes after the page's first layout work.
 */
export function afterParsing(start: () => void, signal: AbortSignal): void {
  if (document.readyState !== 'loading') return start();
  const onState = () => {
    if (document.readyState === 'loading') return;
    document.removeEventListener('readystatechange', onState);
    if (!signal.aborted) start();
  };
  document.addEventListener('readystatechange', onState, { signal });
}
