import { useSettings } from './hooks/use-settings';
import { isPanelEnabled, setPanelEnabled, updateSettings, type Settings } from '@/storage/settings';
import { ADAPTERS } from '@/sites/registry';
import { GENERIC_ADAPTER_ID } from '@/sites/generic';
import { CustomDomains } from './CustomDomains';
import { RemindersSettings } from './reminders/RemindersSettings';
import { ShortcutsCard } from './ShortcutsCard';

export function SettingsForm() {
  const settings = useSettings();
  if (!settings) return <p className="muted">Loading settings…</p>;
  const sites = ADAPTERS.filter((a) => a.id !== 'demo');
  return (
    <>
      <section className="card stack" aria-labelledby="panel-h">
        <h2 id="panel-h">In-page panel</h2>
        <p className="muted small" style={{ margin: 0 }}>
          Where the “Interview went badly?” panel is drawn on candidate pages. LinkedIn’s terms forbid tools that overlay its pages, so it is off
          there until you turn it on. The toolbar popup and the side panel work everywhere regardless.
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
                Your other ATS ({settings.customHosts.join(', ')})
              </label>
            </li>
          )}
        </ul>
      </section>
      <CustomDomains hosts={settings.customHosts} />
      <section className="card stack" aria-labelledby="targets-h">
        <h2 id="targets-h">Momentum targets</h2>
        <p className="muted small" style={{ margin: 0 }}>How fast you aim to move after a bad interview. Steps past these targets show as overdue.</p>
        <div className="row">
          <HoursField label="Feedback to the candidate within (hours)" value={settings.feedbackTargetHours} onChange={(v) => void updateSettings({ feedbackTargetHours: v })} />
          <HoursField label="New plan to the client within (hours)" value={settings.planTargetHours} onChange={(v) => void updateSettings({ planTargetHours: v })} />
        </div>
      </section>
      <RemindersSettings />
      <ShortcutsCard />
      <section className="card stack" aria-labelledby="theme-h">
        <h2 id="theme-h">Theme</h2>
        <div className="row" role="radiogroup" aria-labelledby="theme-h">
          {(['system', 'light', 'dark'] as const).map((t) => (
            <label key={t} className="row" style={{ fontWeight: 400 }}>
              <input type="radio" name="theme" checked={settings.theme === t} onChange={() => void updateSettings({ theme: t as Settings['theme'] })} />
              {t === 'system' ? 'Follow the system' : t === 'light' ? 'Light' : 'Dark'}
            </label>
          ))}
        </div>
      </section>
    </>
  );
}

function HoursField({ label, value, onChange }: { label: string; value: number; onChange: (v: number) => void }) {
  const id = label.replace(/\W+/g, '-').toLowerCase();
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
