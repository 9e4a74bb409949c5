import '@/components/theme.css';
import { paintFirstThenMount } from '@/components/first-paint';
import { t } from '@/content/i18n';

document.title = t('appSidePanelPageTitle');
const root = document.getElementById('root')!;
paintFirstThenMount(root, 'app', () =>
  Promise.all([import('react-dom/client'), import('./App')]).then(([{ createRoot }, { App }]) => createRoot(root).render(<App />)),
);
