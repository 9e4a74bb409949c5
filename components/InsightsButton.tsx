import { browser } from 'wxt/browser';
import { t } from './i18n';

/** Opens the insights page in a tab (it is a full page: charts need the room). */
export function InsightsButton() {
  const open = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/insights.html') });
    // The popup would otherwise stay open over the new tab.
    if (location.pathname.endsWith('/popup.html')) window.close();
  };
  return (
    <button type="button" className="btn small" onClick={() => void open()} title={t('navInsightsTitle')} data-testid="open-insights">
      {t('navInsights')}
    </button>
  );
}
