import { browser } from 'wxt/browser';
import { BrandBar } from '@/components/BrandBar';
import { InsightsButton } from '@/components/InsightsButton';
import { Workspace } from '@/components/Workspace';
import { useThemeAttribute } from '@/components/hooks/use-theme';
import { useCandidateFromUrl } from '@/components/hooks/use-url-candidate';

export function App() {
  useThemeAttribute();
  useCandidateFromUrl();
  return (
    <main className="app">
      <BrandBar>
        <InsightsButton />
        <button type="button" className="btn small" onClick={() => void browser.runtime.openOptionsPage()} aria-label="Settings and your data">
          ⚙
        </button>
      </BrandBar>
      <Workspace mode="sidepanel" />
    </main>
  );
}
