/**
 * What the recruiter types in "Your other ATS" → a host pattern to ask a
 * permission for, or the reason why not. Pure: the options page shows the
 * reason next to the field; tests cover each case.
 */
import { normaliseCustomHost } from './generic';
import { hostMatches } from './match-pattern';
import { ADAPTERS } from './registry';

/** Why an address is refused; the options page words each (components/site-text.ts), `value` is what it names. */
export type CustomHostRefusal = 'empty' | 'insecure' | 'localhost' | 'ipAddress' | 'notAddress' | 'publicSuffix' | 'builtIn' | 'duplicate' | 'tooMany';

/** `message` is the English, for tests and logs. */
export type CustomHostCheck = { ok: true; host: string } | { ok: false; reason: CustomHostRefusal; value?: string | number; message: string };

/** Most recruiter-added hosts are one company's ATS, never a whole country's web. */
const MAX_CUSTOM_HOSTS = 20;

/**
 * Two-part public suffixes a wildcard must not cover: `*.co.uk` would ask
 * for every British company's site. Not the full public suffix list (too big
 * for this), only the ones a recruiter is likely to type.
 */
const PUBLIC_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'com.au', 'net.au', 'org.au', 'co.nz', 'co.za', 'co.jp', 'co.in',
  'com.br', 'com.mx', 'com.ar', 'com.sg', 'com.hk', 'com.tr', 'com.cn', 'co.kr', 'com.pl', 'co.il',
]);

const IP_V4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** Which built-in system already covers this host, if any (its label, for the message). */
export function builtInLabelFor(host: string): string | null {
  const bare = host.replace(/^\*\./, '');
  for (const adapter of ADAPTERS) {
    for (const pattern of adapter.matches) {
      const patternHost = /^https?:\/\/([^/]+)\//.exec(pattern)?.[1];
      if (patternHost && (hostMatches(bare, patternHost) || (host.startsWith('*.') && hostMatches(patternHost.replace(/^\*\./, ''), host)))) {
        return adapter.label;
      }
    }
  }
  return null;
}

export function checkCustomHost(input: string, existing: readonly string[]): CustomHostCheck {
  const text = input.trim().toLowerCase();
  if (!text) return { ok: false, reason: 'empty', message: 'Type your ATS’s address, for example ats.example.com.' };
  if (/^http:\/\//.test(text)) return { ok: false, reason: 'insecure', message: 'Only secure (https://) sites can be added.' };
  const bare = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').split(/[/?#]/, 1)[0]?.replace(/:\d+$/, '') ?? '';
  if (bare === 'localhost' || bare.endsWith('.localhost')) return { ok: false, reason: 'localhost', message: 'Addresses on this computer (localhost) cannot be added.' };
  if (IP_V4.test(bare) || bare.startsWith('[')) return { ok: false, reason: 'ipAddress', message: 'Use the ATS’s domain name, not an IP address.' };
  const host = normaliseCustomHost(text);
  if (!host) return { ok: false, reason: 'notAddress', message: 'That is not a web address Recalibrate can use. Try something like ats.example.com.' };
  if (host.startsWith('*.') && PUBLIC_SUFFIXES.has(host.slice(2))) {
    return { ok: false, reason: 'publicSuffix', message: 'That wildcard covers a whole country’s sites. Add your ATS’s own domain instead.' };
  }
  const builtIn = builtInLabelFor(host);
  if (builtIn) return { ok: false, reason: 'builtIn', value: builtIn, message: `${builtIn} is already supported: no need to add it.` };
  if (existing.includes(host)) return { ok: false, reason: 'duplicate', value: host, message: `${host} is already in your list.` };
  if (existing.length >= MAX_CUSTOM_HOSTS) return { ok: false, reason: 'tooMany', value: MAX_CUSTOM_HOSTS, message: `You can add up to ${MAX_CUSTOM_HOSTS} domains. Remove one first.` };
  return { ok: true, host };
}

