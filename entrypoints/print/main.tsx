import { createRoot } from 'react-dom/client';
import { t } from '@/components/i18n';
import '@/components/theme.css';
import { App } from './App';

// index.html's title is the English fallback (only the manifest takes __MSG_…__); the summary's own heading replaces it once loaded.
document.title = t('briefPrintPageTitle');
createRoot(document.getElementById('root')!).render(<App />);
