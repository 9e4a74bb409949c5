import { useSettings } from './hooks/use-settings';
import { isPanelEnabled, setPanelEnabled, updateSettings, type Settings } from '@/storage/settings';
import { ADAPTERS } from '@/sites/registry';
import { GENERIC_ADAPTER_ID } from '@/sites/generic';
import { CustomDomains } from './CustomDomains';
import { RemindersSettings } from './reminders/RemindersSettings';
import { ShortcutsCard } from './ShortcutsCard';
import { t, type MessageKey } from './i18n';

const THEMES: readonly [Settings['theme'], MessageKey][] = [
  ['system', 'settingsThemeSystem'],
  ['light', 'settingsThemeLight'],
  ['dark', 'settingsThemeDark'],
];

export function SettingsForm() {
  const settings = useSettings();
  if (!settings) return <p className="muted">{t('settingsLoading')}</p>;
  const sites = ADAPTERS.filter((a) => a.id !== 'demo');
  return (
    <>
      <section className="card stack" aria-labelledby="panel-h">
        <h2 id="panel-h">{t('settingsPanelHeading')}</h2>
        <p className="muted small" style={{ margin: 0 }}>
          {t('settingsPanelIntro')}
        </p>
        <ul className="list site-grid">
          {sites.map((a) => (
            <li key={a.id}>
              <label className="row" style={{ fontWeight: 400 }}>
                <input type="checkbox" checked={isPanelEnabled(settings, a.id)} onChange={(e) => void setPanelEnabled(a.id, e.target.checked)} />
                {a.label}
              </label>
            </li>
          ))}
          {settings.customHosts.length > 0 && (
            <li key={GENERIC_ADAPTER_ID}>
              <label className="row" style={{ fontWeight: 400 }}>
                <input type="checkbox" checked={isPanelEnabled(settings, GENERIC_ADAPTER_ID)} onChange={(e) => void setPanelEnabled(GENERIC_ADAPTER_ID, e.target.checked)} />
                {t('settingsPanelCustomHosts', settings.customHosts.join(', '))}
              </label>
            </li>
          )}
        </ul>
      </section>
      <CustomDomains hosts={settings.customHosts} />
      <section className="card stack" aria-labelledby="targets-h">
        <h2 id="targets-h">{t('settingsTargetsHeading')}</h2>
        <p className="muted small" style={{ margin: 0 }}>{t('settingsTargetsIntro')}</p>
        <div className="row">
          <HoursField id="feedback-to-the-candidate-within-hours-" label={t('settingsFeedbackTarget')} value={settings.feedbackTargetHours} onChange={(v) => void updateSettings({ feedbackTargetHours: v })} />
          <HoursField id="new-plan-to-the-client-within-hours-" label={t('settingsPlanTarget')} value={settings.planTargetHours} onChange={(v) => void updateSettings({ planTargetHours: v })} />
        </div>
      </section>
      <RemindersSettings />
      <ShortcutsCard />
      <section className="card stack" aria-labelledby="theme-h">
        <h2 id="theme-h">{t('settingsThemeHeading')}</h2>
        <div className="row" role="radiogroup" aria-labelledby="theme-h">
          {THEMES.map(([theme, label]) => (
            <label key={theme} className="row" style={{ fontWeight: 400 }}>
              <input type="radio" name="theme" checked={settings.theme === theme} onChange={() => void updateSettings({ theme })} />
              {t(label)}
            </label>
          ))}
        </div>
      </section>
    </>
  );
}

function HoursField({ id, label, value, onChange }: { id: string; label: string; value: number; onChange: (v: number) => void }) {
  return (
    <div className="field" style={{ flex: 1 }}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={1}
        max={720}
        defaultValue={value}
        onBlur={(e) => {
          const v = Math.round(Number(e.target.value));
          if (v >= 1 && v <= 720) onChange(v);
          else e.target.value = String(value);
        }}
      />
    </div>
  );
}
