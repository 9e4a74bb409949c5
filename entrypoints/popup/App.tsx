import { browser } from 'wxt/browser';
import { BrandBar } from '@/components/BrandBar';
import { InsightsButton } from '@/components/InsightsButton';
import { Workspace } from '@/components/Workspace';
import { useThemeAttribute } from '@/components/hooks/use-theme';
import { t } from '@/components/i18n';

async function openSidePanel() {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: { open(o: { windowId: number }): Promise<void> } } }).chrome;
  const firefox = (globalThis as { browser?: { sidebarAction?: { open(): Promise<void> } } }).browser;
  if (chromeApi?.sidePanel) {
    const win = await browser.windows.getCurrent();
    if (win.id !== undefined) await chromeApi.sidePanel.open({ windowId: win.id });
  } else {
    await firefox?.sidebarAction?.open();
  }
  window.close();
}

export function App() {
  useThemeAttribute();
  return (
    <main className="app popup">
      <BrandBar>
        <InsightsButton />
        <button type="button" className="btn small" onClick={() => void openSidePanel()} title={t('appSidePanelTitle')}>
          {t('appSidePanel')}
        </button>
        <button type="button" className="btn small" onClick={() => void browser.runtime.openOptionsPage()} aria-label={t('appOpenSettingsLabel')}>
          ⚙
        </button>
      </BrandBar>
      <Workspace mode="popup" />
    </main>
  );
}
