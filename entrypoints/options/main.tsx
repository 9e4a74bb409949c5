import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import '@/components/pages.css';
import { t } from '@/components/i18n';
import { App } from './App';

document.title = t('settingsPageTitle');
createRoot(document.getElementById('root')!).render(<App />);
