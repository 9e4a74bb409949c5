import { browser } from 'wxt/browser';
import { BrandBar } from '@/components/BrandBar';
import { InsightsButton } from '@/components/InsightsButton';
import { Workspace } from '@/components/Workspace';
import { useThemeAttribute } from '@/components/hooks/use-theme';
import { useCandidateFromUrl } from '@/components/hooks/use-url-candidate';
import { t } from '@/components/i18n';

export function App() {
  useThemeAttribute();
  useCandidateFromUrl();
  return (
    <main className="app">
      <BrandBar>
        <InsightsButton />
        <button type="button" className="btn small" onClick={() => void browser.runtime.openOptionsPage()} aria-label={t('appOpenSettingsLabel')}>
          ⚙
        </button>
      </BrandBar>
      <Workspace mode="sidepanel" />
    </main>
  );
}
