import { useSettings } from './hooks/use-settings';
import { isPanelEnabled, PANEL_OFF_BY_DEFAULT, setPanelEnabled } from '@/storage/settings';
import { siteLabelText } from './site-text';
import { t } from './i18n';

/**
 * The in-page panel is per site. On LinkedIn it is off until the recruiter
 * turns it on: LinkedIn's user agreement forbids tools that overlay its pages.
 */
export function SitePanelToggle({ site }: { site: string }) {
  const settings = useSettings();
  if (!settings) return null;
  const label = siteLabelText(site);
  const enabled = isPanelEnabled(settings, site);
  const undecided = PANEL_OFF_BY_DEFAULT.has(site) && settings.panelSites[site] === undefined;
  return (
    <section className="card stack" aria-label={t('appPanelToggleLabel', label)}>
      <label className="row" style={{ fontWeight: 400, fontSize: 13 }}>
        <input type="checkbox" checked={enabled} onChange={(e) => void setPanelEnabled(site, e.target.checked)} data-testid="panel-toggle" />
        {t('appPanelToggle', label)}
      </label>
      {undecided && (
        <p className="muted small" style={{ margin: 0 }}>
          {t('appPanelOffByDefault', label)}
        </p>
      )}
    </section>
  );
}
