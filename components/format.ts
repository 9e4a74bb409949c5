import { t, uiLocale } from './i18n';

/** Short, human dates for lists: "Today 14:05", "Yesterday 09:12", "3 Nov 2026". */
export function formatWhen(iso: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const time = d.toLocaleTimeString(uiLocale(), { hour: '2-digit', minute: '2-digit' });
  const day = (x: Date) => x.toDateString();
  if (day(d) === day(now)) return t('appWhenToday', time);
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (day(d) === day(yesterday)) return t('appWhenYesterday', time);
  return d.toLocaleDateString(uiLocale(), { day: 'numeric', month: 'short', year: 'numeric' });
}
