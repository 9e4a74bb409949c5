/**
 * WebExtension match patterns (`https://*.example.com/*`) as pure functions,
 * so tests and the custom-domain settings can check which URLs a pattern
 * covers without a browser. Only the forms this project uses are supported:
 * an explicit scheme, a host with an optional leading `*.`, and a path.
 */
const PATTERN = /^(https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/;

function escape(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** Does `pattern` cover this URL? Unknown pattern shapes (e.g. `<all_urls>`) never match. */
export function urlMatchesPattern(url: URL, pattern: string): boolean {
  const parts = PATTERN.exec(pattern);
  if (!parts) return false;
  const [, scheme, host = '', path = '/'] = parts;
  if (url.protocol !== `${scheme}:`) return false;
  if (!hostMatches(url.hostname, host)) return false;
  const pathRe = new RegExp(`^${path.split('*').map(escape).join('.*')}$`);
  return pathRe.test(url.pathname + url.search);
}

/** Host part only: `*`, `*.example.com` (the domain itself and any subdomain) or an exact host. */
export function hostMatches(hostname: string, hostPattern: string): boolean {
  const host = hostname.toLowerCase();
  const wanted = hostPattern.toLowerCase();
  if (wanted === '*') return true;
  if (wanted.startsWith('*.')) {
    const domain = wanted.slice(2);
    return host === domain || host.endsWith(`.${domain}`);
  }
  return host === wanted;
}
