import { createRoot } from 'react-dom/client';
import { t } from '@/components/i18n';
import '@/components/theme.css';
import '@/components/pages.css';
import { App } from './App';

// index.html's title is the English fallback (only the manifest takes __MSG_…__); the page renames it once a brief is open.
document.title = t('briefsPageTitle');
createRoot(document.getElementById('root')!).render(<App />);
