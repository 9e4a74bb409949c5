/**
 * The sites layer's words in the UI language: why an address for "Your other
 * ATS" is refused, and the name of a candidate's system when it has none.
 */
import type { CustomHostCheck, CustomHostRefusal } from '@/sites/custom-host-input';
import { siteLabel } from '@/sites/registry';
import { formatNumber, t, type MessageKey } from './i18n';

const REFUSALS: Record<CustomHostRefusal, MessageKey> = {
  empty: 'siteHostEmpty',
  insecure: 'siteHostInsecure',
  localhost: 'siteHostLocalhost',
  ipAddress: 'siteHostIpAddress',
  notAddress: 'siteHostNotAddress',
  publicSuffix: 'siteHostPublicSuffix',
  builtIn: 'siteHostBuiltIn',
  duplicate: 'siteHostDuplicate',
  tooMany: 'siteHostTooMany',
};

export function customHostRefusalText(check: Extract<CustomHostCheck, { ok: false }>): string {
  const value = typeof check.value === 'number' ? formatNumber(check.value, 0) : (check.value ?? '');
  return t(REFUSALS[check.reason], value);
}

/** How views name a candidate's system (sites/registry.ts `siteLabel`), with "Your other ATS" in the UI language. */
export const siteLabelText = (site: string, externalId = ''): string => siteLabel(site, externalId, t('siteYourOtherAts'));
