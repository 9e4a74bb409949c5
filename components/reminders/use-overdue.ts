import { useLiveQuery } from 'dexie-react-hooks';
import { dueReminders, type DueReminder } from '@/domain/reminders';
import { db } from '@/storage/db';
import { displayName } from '@/storage/types';
import type { Settings } from '@/storage/settings';

export interface OverdueItem extends DueReminder {
  name: string;
  snoozedUntil: string | null;
}

/**
 * Open debriefs with overdue feedback or plan, snoozed or not: what the
 * reminders are about, so the recruiter can snooze them here too (Firefox
 * notifications have no buttons). Ignores the once-a-day limit on purpose.
 */
export function useOverdueItems(settings: Settings | undefined, now: Date): OverdueItem[] | undefined {
  return useLiveQuery(async () => {
    if (!settings) return undefined;
    const debriefs = (await db().debriefs.toArray()).filter((d) => d.status === 'open');
    const items = dueReminders({
      debriefs,
      now,
      targets: { feedbackHours: settings.feedbackTargetHours, planHours: settings.planTargetHours },
      preferences: { enabled: true },
      lastNotified: {},
    });
    const people = await db().candidates.bulkGet(items.map((i) => i.candidateKey));
    const snoozes = settings.reminders?.snoozedUntil ?? {};
    return items.map((item, i) => {
      const until = snoozes[item.debriefId];
      return {
        ...item,
        name: people[i] ? displayName(people[i]!) : item.candidateKey,
        snoozedUntil: until && Date.parse(until) > now.getTime() ? until : null,
      };
    });
  }, [settings, now.getTime()]);
}
