import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newDebrief } from '@/domain/debrief';
import { db } from '@/storage/db';
import { loadSettings, updateSettings } from '@/storage/settings';
import { loadLastNotified, reminderPreferences, setRemindersEnabled, snoozeDebrief } from '@/storage/reminders';
import {
  MAX_NOTIFICATIONS,
  REMINDER_ALARM,
  openFromNotification,
  registerReminders,
  runReminderCheck,
  snoozeFromNotification,
  syncReminderAlarm,
} from '@/messaging/reminders';
import { freshDb } from './fresh-db';

const INTERVIEW = '2025-03-03T10:00:00.000Z';
const H = 60 * 60 * 1000;
const at = (hours: number) => new Date(Date.parse(INTERVIEW) + hours * H);

async function addDebrief(id: string, candidateName = 'Jane Doe') {
  const key = `demo:${id}`;
  await db().candidates.put({ key, site: 'demo', externalId: id, name: candidateName, headline: '', profileUrl: 'https://example.com', createdAt: INTERVIEW, updatedAt: INTERVIEW, lastSeenAt: INTERVIEW });
  await db().debriefs.put(newDebrief({ id, candidateKey: key, clientCompany: 'Acme', roleTitle: 'Data Engineer', interviewAt: INTERVIEW }, at(0)));
}

const shownNotifications = () => (browser.notifications as unknown as { getAllCreateOptions(): Record<string, { title: string; message: string; buttons?: unknown[] }> }).getAllCreateOptions();

describe('reminder check (background)', () => {
  beforeEach(async () => {
    await freshDb();
  });

  it('notifies an overdue feedback once, with the candidate’s name, and not again the same day', async () => {
    await addDebrief('d1');
    expect(await runReminderCheck(at(23))).toEqual([]);
    expect(await runReminderCheck(at(25))).toEqual(['reminder:d1']);
    expect(shownNotifications()['reminder:d1']).toMatchObject({
      title: 'Feedback to Jane Doe is overdue',
      message: 'Data Engineer · Acme — overdue by 1 h. Click to open the debrief.',
      buttons: [{ title: 'Snooze 1 hour' }, { title: 'Until tomorrow' }],
    });
    expect(await loadLastNotified()).toEqual({ 'd1:candidateFeedback': at(25).toISOString() });
    expect(await runReminderCheck(at(30))).toEqual([]);
    expect(await runReminderCheck(at(49.5))).toEqual(['reminder:d1']); // a day later, now with the plan too
    expect(shownNotifications()['reminder:d1']!.title).toBe('Feedback and new plan overdue for Jane Doe');
  });

  it('respects the off switch, snoozes and the recruiter’s targets', async () => {
    await addDebrief('d1');
    await setRemindersEnabled(false);
    expect(await runReminderCheck(at(30))).toEqual([]);
    await setRemindersEnabled(true);
    await snoozeDebrief('d1', 'hour', at(30));
    expect(await runReminderCheck(at(30.5))).toEqual([]);
    expect(await runReminderCheck(at(31))).toEqual(['reminder:d1']);
    // The ended snooze is cleaned up once acted on.
    expect(reminderPreferences(await loadSettings()).snoozedUntil).toEqual({});

    await freshDb();
    await addDebrief('d2');
    await updateSettings({ feedbackTargetHours: 72, planTargetHours: 96 });
    expect(await runReminderCheck(at(50))).toEqual([]);
  });

  it('folds everything past the first few into one summary', async () => {
    for (const id of ['a', 'b', 'c', 'd', 'e']) await addDebrief(id);
    const shown = await runReminderCheck(at(25));
    expect(shown).toHaveLength(MAX_NOTIFICATIONS + 1);
    expect(shown.at(-1)).toBe('reminders:summary');
    expect(shownNotifications()['reminders:summary']!.title).toBe('2 more debriefs have overdue steps');
    expect(Object.keys(await loadLastNotified())).toHaveLength(5);
  });

  it('a blocked notification is not recorded, so the next check tries again', async () => {
    await addDebrief('d1');
    const create = vi.spyOn(browser.notifications, 'create').mockRejectedValueOnce(new Error('blocked'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await runReminderCheck(at(25))).toEqual([]);
    expect(await loadLastNotified()).toEqual({});
    create.mockRestore();
    expect(await runReminderCheck(at(25.25))).toEqual(['reminder:d1']);
  });
});

describe('notification clicks and buttons', () => {
  beforeEach(async () => {
    await freshDb();
    await addDebrief('d1');
  });

  it('a click opens the side panel page on the candidate and the debrief', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    await openFromNotification('reminder:d1');
    const url = new URL(create.mock.calls[0]![0].url!);
    expect(url.pathname).toBe('/sidepanel.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({ candidate: 'demo:d1', debrief: 'd1' });
  });

  it('a click on a reminder for an erased debrief opens nothing', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    await openFromNotification('reminder:gone');
    expect(create).not.toHaveBeenCalled();
  });

  it('the buttons snooze for an hour or until tomorrow', async () => {
    await snoozeFromNotification('reminder:d1', 0);
    const hour = Date.parse(reminderPreferences(await loadSettings()).snoozedUntil!.d1!);
    expect(hour - Date.now()).toBeGreaterThan(59 * 60 * 1000);
    await snoozeFromNotification('reminder:d1', 1);
    const tomorrow = new Date(reminderPreferences(await loadSettings()).snoozedUntil!.d1!);
    expect([tomorrow.getHours(), tomorrow.getMinutes()]).toEqual([9, 0]);
  });
});

describe('the alarm', () => {
  beforeEach(async () => {
    await freshDb();
  });
  afterEach(() => vi.useRealTimers());

  it('exists every 15 minutes while reminders are on, and not when off', async () => {
    await syncReminderAlarm();
    expect(await browser.alarms.get(REMINDER_ALARM)).toMatchObject({ periodInMinutes: 15 });
    await setRemindersEnabled(false);
    await syncReminderAlarm();
    expect(await browser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('firing it runs a check (fake clock)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at(25));
    await addDebrief('d1');
    registerReminders();
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: Date.now(), periodInMinutes: 15, persistAcrossSessions: false });
    await vi.waitFor(async () => expect(Object.keys(shownNotifications())).toEqual(['reminder:d1']));
  });
});
