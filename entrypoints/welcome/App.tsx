import { useEffect } from 'react';
import { WelcomePage } from '@/components/welcome/WelcomePage';
import { useThemeAttribute } from '@/components/hooks/use-theme';
import { t } from '@/components/i18n';

export function App() {
  useThemeAttribute();
  useEffect(() => void (document.title = t('welcomePageTitle')), []);
  return <WelcomePage />;
}
