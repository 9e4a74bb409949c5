import '@/components/theme.css';
import { paintFirstThenMount } from '@/components/first-paint';
import { t } from '@/content/i18n';

const root = document.getElementById('root')!;
paintFirstThenMount(root, 'app', () => {
  // Titled once the name is on screen: the page's first message lookup loads the browser's whole message
  // catalogue synchronously, which would hold the first paint back.
  document.title = t('appSidePanelPageTitle');
  return Promise.all([import('react-dom/client'), import('./App')]).then(([{ createRoot }, { App }]) => createRoot(root).render(<App />));
});
