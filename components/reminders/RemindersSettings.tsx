import { useState } from 'react';
import { formatDuration } from '@/domain/momentum';
import { useSettings } from '../hooks/use-settings';
import { t } from '../i18n';
import { clearSnooze, reminderPreferences, setRemindersEnabled, snoozeDebrief } from '@/storage/reminders';
import { useOverdueItems, type OverdueItem } from './use-overdue';

/** Settings card: reminders on or off, and what is overdue now with its snooze. */
export function RemindersSettings() {
  const settings = useSettings();
  const [now] = useState(() => new Date());
  const items = useOverdueItems(settings, now);
  if (!settings) return null;
  const { enabled } = reminderPreferences(settings);
  return (
    <section className="card stack" aria-labelledby="reminders-h" data-testid="reminders-settings">
      <h2 id="reminders-h">{t('remindersHeading')}</h2>
      <label className="row" style={{ fontWeight: 400 }}>
        <input type="checkbox" checked={enabled} onChange={(e) => void setRemindersEnabled(e.target.checked)} data-testid="reminders-enabled" />
        {t('remindersToggle')}
      </label>
      <p className="muted small" style={{ margin: 0 }}>{t('remindersExplain')}</p>
      {enabled && items !== undefined && (
        items.length === 0 ? (
          <p className="muted small" style={{ margin: 0 }} data-testid="reminders-none">{t('remindersNothingOverdue')}</p>
        ) : (
          <ul className="list" aria-label={t('remindersOverdueList')}>
            {items.map((item) => <OverdueRow key={item.debriefId} item={item} />)}
          </ul>
        )
      )}
    </section>
  );
}

function OverdueRow({ item }: { item: OverdueItem }) {
  const steps = item.steps.map((s) => t(s.milestone === 'candidateFeedback' ? 'milestoneCandidateFeedback' : 'milestoneNewPlan')).join(', ');
  const overdueBy = formatDuration(Math.max(...item.steps.map((s) => s.overdueByMs)));
  return (
    <li className="row spread" style={{ flexWrap: 'wrap' }}>
      <div className="stack" style={{ gap: 0 }}>
        <strong className="clip">{item.name}</strong>
        <span className="small muted">{t('remindersOverdueLine', steps, overdueBy)}</span>
      </div>
      {item.snoozedUntil ? (
        <div className="row small">
          <span className="muted">{t('remindersSnoozedUntil', new Date(item.snoozedUntil).toLocaleString())}</span>
          <button type="button" className="btn small" onClick={() => void clearSnooze(item.debriefId)}>{t('remindersResume')}</button>
        </div>
      ) : (
        <div className="row" role="group" aria-label={t('remindersSnoozeFor', item.name)}>
          <button type="button" className="btn small" onClick={() => void snoozeDebrief(item.debriefId, 'hour')}>{t('reminderSnoozeHour')}</button>
          <button type="button" className="btn small" onClick={() => void snoozeDebrief(item.debriefId, 'tomorrow')}>{t('reminderSnoozeTomorrow')}</button>
        </div>
      )}
    </li>
  );
}
