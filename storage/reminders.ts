/**
 * Reminder state. Preferences (on/off, snoozes) live in the settings so
 * every view sees them change; the last-notified times are bookkeeping of
 * the background alone, kept beside them in `storage.local`.
 */
import { browser } from 'wxt/browser';
import { snoozeEnd, type LastNotified, type ReminderPreferences, type SnoozeChoice } from '@/domain/reminders';
import { loadSettings, updateSettings, type Settings } from './settings';

const LAST_NOTIFIED_KEY = 'reminders.lastNotified';

/** Settings may be hand-edited or older than this feature: anything odd reads as the default (on, no snoozes). */
export function reminderPreferences(settings: Pick<Settings, 'reminders'>): ReminderPreferences {
  const raw = settings.reminders as Partial<ReminderPreferences> | undefined;
  const snoozes = raw?.snoozedUntil && typeof raw.snoozedUntil === 'object' ? raw.snoozedUntil : {};
  return {
    enabled: raw?.enabled !== false,
    snoozedUntil: Object.fromEntries(Object.entries(snoozes).filter(([, v]) => typeof v === 'string')),
  };
}

async function updateReminders(change: (current: ReminderPreferences) => ReminderPreferences): Promise<ReminderPreferences> {
  const next = change(reminderPreferences(await loadSettings()));
  await updateSettings({ reminders: next });
  return next;
}

export function setRemindersEnabled(enabled: boolean): Promise<ReminderPreferences> {
  return updateReminders((current) => ({ ...current, enabled }));
}

export function snoozeDebrief(debriefId: string, choice: SnoozeChoice, now = new Date()): Promise<ReminderPreferences> {
  const until = snoozeEnd(choice, now).toISOString();
  return updateReminders((current) => ({ ...current, snoozedUntil: { ...current.snoozedUntil, [debriefId]: until } }));
}

export function clearSnooze(debriefId: string): Promise<ReminderPreferences> {
  return updateReminders((current) => {
    const { [debriefId]: _dropped, ...rest } = current.snoozedUntil ?? {};
    return { ...current, snoozedUntil: rest };
  });
}

/** Replace the whole snooze list (the background drops ended ones). */
export function setSnoozes(snoozedUntil: Record<string, string>): Promise<ReminderPreferences> {
  return updateReminders((current) => ({ ...current, snoozedUntil }));
}

export async function loadLastNotified(): Promise<LastNotified> {
  const value = (await browser.storage.local.get(LAST_NOTIFIED_KEY))[LAST_NOTIFIED_KEY];
  return value && typeof value === 'object' ? (value as LastNotified) : {};
}

export async function saveLastNotified(value: LastNotified): Promise<void> {
  await browser.storage.local.set({ [LAST_NOTIFIED_KEY]: value });
}
