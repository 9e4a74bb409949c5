import { browser } from 'wxt/browser';

/**
 * Long text is edited in a full tab, not the 380-pixel popup: these open
 * the extension's own pages. `tabs.create` needs no permission for the
 * extension's own URLs.
 */
export function briefPageUrl(params: { brief?: string; debrief?: string; tab?: string } = {}): string {
  const query = new URLSearchParams();
  if (params.brief) query.set('brief', params.brief);
  if (params.debrief) query.set('debrief', params.debrief);
  const search = query.toString();
  return `${browser.runtime.getURL('/briefs.html')}${search ? `?${search}` : ''}${params.tab ? `#${params.tab}` : ''}`;
}

export function printPageUrl(params: { plan?: string; brief?: string; from?: number }): string {
  const query = new URLSearchParams();
  if (params.plan) query.set('plan', params.plan);
  if (params.brief) query.set('brief', params.brief);
  if (params.from) query.set('from', String(params.from));
  return `${browser.runtime.getURL('/print.html')}?${query.toString()}`;
}

export async function openExtensionTab(url: string): Promise<void> {
  try {
    await browser.tabs.create({ url });
  } catch {
    // Outside a normal window (a test page, an odd browser): a plain new tab still works.
    window.open(url, '_blank', 'noopener');
  }
}
