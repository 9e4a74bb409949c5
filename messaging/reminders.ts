/**
 * Background side of the reminders: a periodic alarm checks the open
 * debriefs (read straight from Dexie: no liveQuery in the service worker),
 * asks domain/reminders which steps deserve a notification, and shows them.
 * Clicking one opens the side panel page on that candidate's debrief; its
 * buttons snooze (Chrome and Edge; Firefox notifications have no buttons,
 * so snoozing there is done in the settings page).
 */
import { browser } from 'wxt/browser';
import { activeSnoozes, dueReminders, recordNotified, type DueReminder, type SnoozeChoice } from '@/domain/reminders';
import { formatDuration } from '@/domain/momentum';
import { t } from '@/components/i18n';
import { db } from '@/storage/db';
import { displayName } from '@/storage/types';
import { loadSettings, watchSettings } from '@/storage/settings';
import { loadLastNotified, reminderPreferences, saveLastNotified, setSnoozes, snoozeDebrief } from '@/storage/reminders';

export const REMINDER_ALARM = 'reminders';
export const CHECK_EVERY_MINUTES = 15;
/** More than this at once and the rest are folded into one summary: a wall of notifications helps nobody. */
export const MAX_NOTIFICATIONS = 3;

const NOTIFICATION_PREFIX = 'reminder:';
const SUMMARY_ID = 'reminders:summary';
const SNOOZE_BY_BUTTON: readonly SnoozeChoice[] = ['hour', 'tomorrow'];

/** Registered once, synchronously, from the background entrypoint (so a wake-up by the alarm finds the listeners). */
export function registerReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void runReminderCheck().catch((e) => console.warn('[Recalibrate] reminder check failed', e));
  });
  browser.notifications.onClicked.addListener((id) => void openFromNotification(id));
  browser.notifications.onButtonClicked?.addListener((id, index) => void snoozeFromNotification(id, index));
  watchSettings(() => void syncReminderAlarm());
  void syncReminderAlarm();
}

/** The alarm exists only while reminders are on: no wake-ups for nothing. */
export async function syncReminderAlarm(): Promise<void> {
  const { enabled } = reminderPreferences(await loadSettings());
  const existing = await browser.alarms.get(REMINDER_ALARM);
  if (enabled && !existing) await browser.alarms.create(REMINDER_ALARM, { delayInMinutes: 1, periodInMinutes: CHECK_EVERY_MINUTES });
  if (!enabled && existing) await browser.alarms.clear(REMINDER_ALARM);
}

/** One check: returns the ids of the notifications shown. */
export async function runReminderCheck(now = new Date()): Promise<string[]> {
  const settings = await loadSettings();
  const preferences = reminderPreferences(settings);
  if (!preferences.enabled) return [];
  const debriefs = (await db().debriefs.toArray()).filter((d) => d.status === 'open');
  const lastNotified = await loadLastNotified();
  const due = dueReminders({
    debriefs,
    now,
    targets: { feedbackHours: settings.feedbackTargetHours, planHours: settings.planTargetHours },
    preferences,
    lastNotified,
  });
  const shown: string[] = [];
  const notified: DueReminder[] = [];
  for (const reminder of due.slice(0, MAX_NOTIFICATIONS)) {
    if (await notify(`${NOTIFICATION_PREFIX}${reminder.debriefId}`, await reminderText(reminder), true)) {
      shown.push(`${NOTIFICATION_PREFIX}${reminder.debriefId}`);
      notified.push(reminder);
    }
  }
  const rest = due.slice(MAX_NOTIFICATIONS);
  if (rest.length && (await notify(SUMMARY_ID, { title: t('reminderSummaryTitle', rest.length), message: t('reminderSummaryBody') }, false))) {
    shown.push(SUMMARY_ID);
    notified.push(...rest);
  }
  if (notified.length) await saveLastNotified(recordNotified(lastNotified, notified, now));
  const snoozes = activeSnoozes(preferences.snoozedUntil, now);
  if (Object.keys(snoozes).length !== Object.keys(preferences.snoozedUntil ?? {}).length) await setSnoozes(snoozes);
  return shown;
}

async function reminderText(reminder: DueReminder): Promise<{ title: string; message: string }> {
  const candidate = await db().candidates.get(reminder.candidateKey);
  const name = candidate ? displayName(candidate) : reminder.candidateKey;
  const milestones = reminder.steps.map((s) => s.milestone);
  const title =
    milestones.length > 1 ? t('reminderTitleBoth', name) : milestones[0] === 'candidateFeedback' ? t('reminderTitleFeedback', name) : t('reminderTitlePlan', name);
  const role = [reminder.roleTitle, reminder.clientCompany].filter(Boolean).join(' · ') || t('insightsUntitledRole');
  const overdueBy = formatDuration(Math.max(...reminder.steps.map((s) => s.overdueByMs)));
  return { title, message: t('reminderBody', role, overdueBy) };
}

async function notify(id: string, text: { title: string; message: string }, withSnooze: boolean): Promise<boolean> {
  try {
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: text.title,
      message: text.message,
      // Firefox rejects notification buttons; it snoozes from the settings page instead.
      ...(withSnooze && import.meta.env.BROWSER !== 'firefox' ? { buttons: [{ title: t('reminderSnoozeHour') }, { title: t('reminderSnoozeTomorrow') }] } : {}),
    });
    return true;
  } catch (e) {
    // Notifications blocked by the system or the browser: nothing to record, try again next check.
    console.warn('[Recalibrate] notification not shown', e);
    return false;
  }
}

/** The side panel page in a tab, on the candidate and their debrief (a notification click may not open the real side panel). */
export function debriefPageUrl(candidateKey: string, debriefId: string): string {
  const params = new URLSearchParams({ candidate: candidateKey, debrief: debriefId });
  return `${browser.runtime.getURL('/sidepanel.html')}?${params}`;
}

export async function openFromNotification(notificationId: string): Promise<void> {
  await browser.notifications.clear(notificationId);
  if (notificationId === SUMMARY_ID) {
    await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
    return;
  }
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const debrief = await db().debriefs.get(notificationId.slice(NOTIFICATION_PREFIX.length));
  if (!debrief) return; // erased since: nothing to open
  await browser.tabs.create({ url: debriefPageUrl(debrief.candidateKey, debrief.id) });
}

export async function snoozeFromNotification(notificationId: string, buttonIndex: number): Promise<void> {
  const choice = SNOOZE_BY_BUTTON[buttonIndex];
  if (!choice || !notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  await snoozeDebrief(notificationId.slice(NOTIFICATION_PREFIX.length), choice);
  await browser.notifications.clear(notificationId);
}
