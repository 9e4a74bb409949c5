import { BrandBar } from '@/components/BrandBar';
import { BriefsButton } from '@/components/brief/BriefsButton';
import { InsightsButton } from '@/components/InsightsButton';
import { t } from '@/components/i18n';
import { SettingsForm } from '@/components/SettingsForm';
import { DataSection } from '@/components/data/DataSection';
import { useThemeAttribute } from '@/components/hooks/use-theme';

export function App() {
  useThemeAttribute();
  return (
    <main className="app settings-page">
      <BrandBar>
        <BriefsButton />
        <InsightsButton />
      </BrandBar>
      <div className="page-title">
        <h1>{t('settingsHeading')}</h1>
        <p className="muted">{t('settingsIntro')}</p>
      </div>
      <SettingsForm />
      <DataSection />
    </main>
  );
}
