import { BrandBar } from '@/components/BrandBar';
import { SettingsForm } from '@/components/SettingsForm';
import { DataSection } from '@/components/data/DataSection';
import { useThemeAttribute } from '@/components/hooks/use-theme';

export function App() {
  useThemeAttribute();
  return (
    <main className="app" style={{ maxWidth: 860, margin: '0 auto' }}>
      <BrandBar />
      <SettingsForm />
      <DataSection />
    </main>
  );
}
