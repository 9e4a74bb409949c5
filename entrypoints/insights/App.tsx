import { useEffect } from 'react';
import { InsightsPage } from '@/components/insights/InsightsPage';
import { useThemeAttribute } from '@/components/hooks/use-theme';
import { t } from '@/components/i18n';

export function App() {
  useThemeAttribute();
  useEffect(() => void (document.title = t('insightsPageTitle')), []);
  return <InsightsPage />;
}
