import { t, uiLocale } from '../i18n';
import { BRIEF_FIELDS, isFieldAnswered, type BriefContent, type BriefFieldKey } from '@/domain/brief';

/** True when no field is answered apart from `except` (a brief started from a debrief knows only title and client). */
export function isEmptyContent(content: BriefContent, except: readonly BriefFieldKey[] = []): boolean {
  return BRIEF_FIELDS.every((spec) => except.includes(spec.key) || !isFieldAnswered(content, spec.key));
}

/** "Lead Product Designer · Acme Bank", or a placeholder that says what is missing. */
export function briefTitle(role: { roleTitle?: string; clientCompany?: string; title?: string; client?: string }): string {
  const title = (role.roleTitle ?? role.title ?? '').trim() || t('briefUntitledRole');
  const client = (role.clientCompany ?? role.client ?? '').trim();
  return client ? t('briefTitleAtClient', title, client) : title;
}

/** "13 Jan 2026, 10:04" in the recruiter's own locale and zone. */
export function formatStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return d.toLocaleString(uiLocale(), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
