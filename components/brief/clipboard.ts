/**
 * Clipboard writes for the brief pages. Rich text goes as a ClipboardItem
 * holding both text/html and text/plain, so an e-mail client keeps headings
 * and bold names while a plain text box still gets readable text. The HTML
 * is the escaped fragment built by domain/brief/client-summary: it is only
 * ever clipboard data, never put into this page's DOM.
 */
export async function copyPlain(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

/** Returns 'plain' when the browser has no rich clipboard and only the text was copied. */
export async function copyRich(html: string, text: string): Promise<'rich' | 'plain'> {
  if (typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard.write === 'function') {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return 'rich';
  }
  await navigator.clipboard.writeText(text);
  return 'plain';
}
